"""rdflib's SPARQLStore against a SPARQL endpoint: every query form, every return format, every method.

Usage: python3 rdflib_matrix.py ENDPOINT
Prints one JSON object per case: form, returnFormat, method, ok, and what came back (rows, a boolean, triples)
or the error rdflib raised.
"""
import json
import sys

import urllib.error
import urllib.parse
import urllib.request

import rdflib
from rdflib.plugins.stores.sparqlconnector import _response_mime_types
from rdflib.plugins.stores.sparqlstore import SPARQLStore

ENDPOINT = sys.argv[1]
PREFIXES = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            "PREFIX c: <https://explorador-genai.example/concepto/> ")
QUERIES = {
    "SELECT": PREFIXES + "SELECT ?label WHERE { c:inference-table skos:prefLabel ?label } ORDER BY ?label",
    "ASK": PREFIXES + "ASK { c:pyfunc a skos:Concept }",
    "CONSTRUCT": PREFIXES + "CONSTRUCT { c:inference-table ?p ?o } WHERE { c:inference-table ?p ?o }",
    "DESCRIBE": PREFIXES + "DESCRIBE c:pyfunc",
}
# Every return format SPARQLStore offers (rdflib.plugins.stores.sparqlconnector._response_mime_types).
FORMATS = ["xml", "json", "csv", "tsv", "application/rdf+xml"]
METHODS = ["GET", "POST", "POST_FORM"]

for form, query in QUERIES.items():
    for fmt in FORMATS:
        for method in METHODS:
            case = {"form": form, "returnFormat": fmt, "method": method, "rdflib": rdflib.__version__,
                    "accept": _response_mime_types[fmt]}
            # What the server says to rdflib's exact request headers (rdflib itself hides the status on errors).
            url = ENDPOINT + "?" + urllib.parse.urlencode({"query": query})
            try:
                with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": case["accept"]})) as r:
                    case["status"], case["contentType"] = r.status, r.headers["Content-Type"]
            except urllib.error.HTTPError as e:
                case["status"], case["contentType"] = e.code, e.headers["Content-Type"]
            try:
                store = SPARQLStore(ENDPOINT, returnFormat=fmt, method=method)
                result = rdflib.Graph(store=store).query(query)
                case["type"] = result.type
                if result.type == "SELECT":
                    case["rows"] = sorted(str(row[0]) for row in result)
                elif result.type == "ASK":
                    case["boolean"] = bool(result.askAnswer)
                else:
                    case["triples"] = len(result.graph)
                    case["subjects"] = sorted({str(s) for s in result.graph.subjects()})[:5]
                case["ok"] = True
            except Exception as e:  # what the client says is the result of the case
                case["ok"] = False
                case["error"] = type(e).__name__ + ": " + str(e)[:200]
            print(json.dumps(case), flush=True)
