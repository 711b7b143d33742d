"""SPARQLWrapper (Debian's python3-sparqlwrapper) against a SPARQL endpoint: every query form x return format.

Usage: python3 sparqlwrapper_matrix.py ENDPOINT
Prints one JSON object per case: form, returnFormat, ok, and the size of what convert() gave, or the error.
"""
import json
import sys
import warnings

warnings.simplefilter("ignore")  # SPARQLWrapper warns when it falls back to Accept: */*; the case records the result

import SPARQLWrapper
from SPARQLWrapper import SPARQLWrapper as Wrapper

ENDPOINT = sys.argv[1]
PREFIXES = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            "PREFIX c: <https://explorador-genai.example/concepto/> ")
QUERIES = {
    "SELECT": PREFIXES + "SELECT ?label WHERE { c:inference-table skos:prefLabel ?label }",
    "ASK": PREFIXES + "ASK { c:pyfunc a skos:Concept }",
    "CONSTRUCT": PREFIXES + "CONSTRUCT { c:inference-table ?p ?o } WHERE { c:inference-table ?p ?o }",
    "DESCRIBE": PREFIXES + "DESCRIBE c:pyfunc",
}
# json-ld is left out: SPARQLWrapper 1.8.5 refuses it on the client side unless the old rdflib-jsonld package is present.
FORMATS = ["xml", "json", "csv", "tsv", "turtle", "n3", "rdf+xml"]

for form, query in QUERIES.items():
    for fmt in FORMATS:
        case = {"form": form, "returnFormat": fmt, "sparqlwrapper": SPARQLWrapper.__version__}
        try:
            client = Wrapper(ENDPOINT)
            client.setQuery(query)
            client.setReturnFormat(fmt)
            response = client.query()
            case["contentType"] = response.response.headers["Content-Type"]
            result = response.convert()
            if hasattr(result, "__len__") and not isinstance(result, (bytes, str)) and hasattr(result, "triples"):
                case["size"] = len(result)
            elif isinstance(result, dict):
                case["size"] = len(result.get("results", {}).get("bindings", [])) if "results" in result else int(result.get("boolean"))
            elif isinstance(result, (bytes, str)):
                case["size"] = len(result)
            else:  # an XML DOM document
                case["size"] = len(result.toxml())
            case["ok"] = True
        except Exception as e:
            case["ok"] = False
            case["error"] = type(e).__name__ + ": " + str(e)[:200]
        print(json.dumps(case), flush=True)
