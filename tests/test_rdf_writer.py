"""The graph writer's N-Quads are pyoxigraph's, byte for byte, whatever the literals hold."""

import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st

from ingest.rdf import XSD, GraphWriter, date_literal, literal

GRAPH = "https://w3id.org/unkg/graph/document/A/79/837"
PARA = "https://w3id.org/unkg/id/document/A/79/837/para/12"
TEXT = "https://w3id.org/unkg/ontology#text"


def test_a_small_graph_in_the_order_added():
    out = GraphWriter(GRAPH)
    out.add(PARA, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "https://w3id.org/unkg/ontology#Paragraph")
    out.add(PARA, TEXT, literal("开发署支持了 \"培训\"\n", lang="zh"))
    out.add(PARA, "https://w3id.org/unkg/ontology#position", literal(3))
    out.add(PARA, "http://purl.org/dc/terms/issued", date_literal("2024-05"))
    assert out.to_nquads().decode() == (
        f"<{PARA}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        f"<https://w3id.org/unkg/ontology#Paragraph> <{GRAPH}> .\n"
        f'<{PARA}> <{TEXT}> "开发署支持了 \\"培训\\"\\n"@zh <{GRAPH}> .\n'
        f'<{PARA}> <https://w3id.org/unkg/ontology#position> "3"^^<{XSD}integer> <{GRAPH}> .\n'
        f'<{PARA}> <http://purl.org/dc/terms/issued> "2024-05"^^<{XSD}gYearMonth> <{GRAPH}> .\n'
    )


def test_quads_extended_by_hand_come_after_those_added_before():
    out = GraphWriter(GRAPH)
    out.add(PARA, TEXT, literal("a"))
    out.quads.append(ox.Quad(ox.NamedNode(PARA), ox.NamedNode(TEXT), ox.Literal("b"), ox.NamedNode(GRAPH)))
    out.add(PARA, TEXT, literal("c"))
    assert [q.object.value for q in out.quads] == ["a", "b", "c"]
    assert out.to_nquads() == ox.serialize(out.quads, format=ox.RdfFormat.N_QUADS)
    assert len(out) == 3


@given(st.lists(st.tuples(st.text(), st.sampled_from([None, "zh", "en", "zh-Hans"]),
                          st.sampled_from([None, XSD + "decimal", XSD + "string"])), max_size=8))
def test_literals_serialise_as_pyoxigraph_does(rows):
    out = GraphWriter(GRAPH)
    for value, lang, datatype in rows:
        out.add(PARA, TEXT, literal(value, lang=lang, datatype=datatype))
    written = out.to_nquads()
    assert written == ox.serialize(out.quads, format=ox.RdfFormat.N_QUADS)
