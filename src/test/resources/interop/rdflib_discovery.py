"""rdflib reads what the explorer publishes for discovery: service description, VoID and the Graph Store.

Usage: python3 rdflib_discovery.py BASE
For each address and each way rdflib asks (its own Accept, then each syntax by name), prints one JSON object:
path, format, triples, and a few facts checked with rdflib itself, or the error.
"""
import json
import sys

import rdflib
from rdflib.namespace import RDF

BASE = sys.argv[1]
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
PATHS = ["/sparql", "/.well-known/void", "/datos?default"]
FORMATS = [None, "xml", "turtle", "nt", "json-ld"]

for path in PATHS:
    for fmt in FORMATS:
        case = {"path": path, "format": fmt or "rdflib-default", "rdflib": rdflib.__version__}
        try:
            g = rdflib.Graph()
            g.parse(BASE + path, format=fmt)
            case["triples"] = len(g)
            case["services"] = len(list(g.subjects(RDF.type, SD.Service)))
            case["datasets"] = len(list(g.subjects(RDF.type, VOID.Dataset)))
            endpoints = list(g.objects(None, VOID.sparqlEndpoint)) + list(g.objects(None, SD.endpoint))
            case["endpoints"] = sorted({str(e) for e in endpoints})
            case["ok"] = True
        except Exception as e:
            case["ok"] = False
            case["error"] = type(e).__name__ + ": " + str(e)[:300]
        print(json.dumps(case), flush=True)
