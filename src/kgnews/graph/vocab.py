"""The terms kgnews writes: its own (declared in ontology/kgnews.ttl) and the W3C ones it reuses."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import ORG, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD, DefinedNamespace

from kgnews.graph.iri import BASE, KINDS

__all__ = [
    "ENTITY_CLASSES", "KGNEWS", "OA", "ORG", "PREFIXES", "PROV", "RDF", "RDFS", "RELATIONS",
    "SDO", "SKOS", "STATUSES", "TIME", "XSD", "resolved",
]


class KGNEWS(DefinedNamespace):
    """The kgnews ontology; a test checks these names against ontology/kgnews.ttl."""

    _NS = Namespace("https://kgnews.org/ontology#")
    _fail = True

    Campaign: URIRef
    Evidence: URIRef
    holdsPosition: URIRef
    chairs: URIRef
    attends: URIRef
    directs: URIRef
    speaksAt: URIRef
    concerns: URIRef
    coordinatesWith: URIRef
    quotes: URIRef
    evidence: URIRef
    status: URIRef
    Posts: URIRef
    DocumentKinds: URIRef
    MembershipStatuses: URIRef
    Former: URIRef
    Acting: URIRef


class OA(DefinedNamespace):
    """The W3C Web Annotation terms kgnews uses for character offsets."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    TextPositionSelector: URIRef
    start: URIRef
    end: URIRef


#: SCHEMA.md entity type → the classes of its node (the first one names its type in NetworkX).
ENTITY_CLASSES: dict[str, tuple[URIRef, ...]] = {
    "Person": (SDO.Person,),
    "Organization": (SDO.Organization, ORG.Organization),
    "LegalDocument": (SDO.Legislation,),
    "Event": (SDO.Event,),
    "Campaign": (KGNEWS.Campaign,),
    "Location": (SDO.Place,),
}

#: SCHEMA.md relation → (predicate, subject type, object type); holdsPosition's object is a post.
RELATIONS: dict[str, tuple[URIRef, str, str]] = {
    "holdsPosition": (KGNEWS.holdsPosition, "Person", "Post"),
    "memberOf": (ORG.memberOf, "Person", "Organization"),
    "issuedBy": (SDO.legislationPassedBy, "LegalDocument", "Organization"),
    "chairs": (KGNEWS.chairs, "Person", "Event"),
    "attends": (KGNEWS.attends, "Person", "Event"),
    "directs": (KGNEWS.directs, "Person", "Event"),
    "speaksAt": (KGNEWS.speaksAt, "Person", "Event"),
    "concerns": (KGNEWS.concerns, "Event", "LegalDocument"),
    "coordinatesWith": (KGNEWS.coordinatesWith, "Organization", "Organization"),
    "partOf": (ORG.subOrganizationOf, "Organization", "Organization"),
    "quotes": (KGNEWS.quotes, "Person", "Person"),
    "heldIn": (SDO.location, "Event", "Location"),
}

#: holdsPosition `attrs["status"]` → its concept.
STATUSES = {"former": KGNEWS.Former, "acting": KGNEWS.Acting}

#: Prefixes of every serialisation, in output order.
PREFIXES: dict[str, str] = {
    "kgnews": str(KGNEWS),
    **{kind: f"{BASE}{kind}/" for kind in KINDS},
    "schema": str(SDO),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "time": str(TIME),
    "oa": str(OA),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}


class _Resolved:
    """A namespace whose terms, once looked up, are plain attributes (a DefinedNamespace checks and
    builds each term on every access, ≈1.5 µs: too slow for code that writes millions of triples)."""

    def __init__(self, namespace: type[DefinedNamespace]):
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)  # unknown names still fail here
        setattr(self, name, term)
        return term


def resolved(*namespaces: type[DefinedNamespace]) -> tuple[_Resolved, ...]:
    """Caching views of `namespaces`, for the modules that write triples in bulk."""
    return tuple(_Resolved(namespace) for namespace in namespaces)
