"""Word export: open what was written and check it the way Word would read it."""

import dataclasses
import datetime as dt
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from samspel_desktop.domain.markup import markup_text
from samspel_desktop.domain.model import (
    AgreementSection,
    AgreementStatus,
    AgreementVersion,
    Answer,
    Block,
    BlockType,
    DocumentMetadata,
    PairKind,
    RemissStance,
    Side,
)
from samspel_desktop.domain.text import text_for_word
from samspel_desktop.services.documents.agreement import write_agreement
from samspel_desktop.services.documents.naming import default_file_name
from samspel_desktop.services.documents.writer import WordExportError, bundled_template
from samspel_desktop.services.samspel import Samspel
from tests.conftest import make_pair

ROOT = Path(__file__).resolve().parents[2]


def _pair_id(services: Samspel) -> int:
    return make_pair(services, start_date=dt.date(2027, 1, 1)).id


def _sample_sections() -> tuple[AgreementSection, ...]:
    return (
        AgreementSection(
            "styra",
            "Hur vi ska styra och leda tillsammans",
            (
                Block(BlockType.PARAGRAPH, "Vi har **ett gemensamt** uppdrag.\nNy rad."),
                Block(BlockType.SUBHEADING, "Politiken ska:"),
                Block(BlockType.BULLETS, items=("Vara visionär", "Stötta organisationen")),
                Block(BlockType.NUMBERED, items=("Första", "Andra")),
                Block(BlockType.PARAGRAPH, "Mellan listorna."),
                Block(BlockType.NUMBERED, items=("Ett igen", "Två igen")),
            ),
        ),
        AgreementSection("samspel", "Samspel – KSO och KD"),
    )


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_bundled_template_is_reproducible_and_has_the_named_styles() -> None:
    check = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_template.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout
    template = docx.Document(str(bundled_template()))
    names = {s.name for s in template.styles}
    assert {"Title", "Heading 1", "Heading 2", "Normal", "List Bullet", "List Number"} <= names
    assert "Samspel Tabell" in names
    section = template.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.left_margin.mm) == 25
    assert b'w:val="sv-SE"' in _parts(bundled_template())["word/styles.xml"]
    for name, data in _parts(bundled_template()).items():
        assert b"python" not in data.lower(), name


def test_agreement_document(services: Samspel, tmp_path: Path) -> None:
    pair = services.pairs.get(_pair_id(services))
    draft = services.agreements.start_draft(pair, template="skr")
    services.agreements.save_sections(draft.id, _sample_sections())
    adopted = services.agreements.adopt(draft.id, dt.date(2027, 2, 10), "§ 12", place="Vaggeryd")
    out = tmp_path / "överenskommelse.docx"
    result = services.agreements.export_word(adopted.id, out)
    assert result.messages == []

    document = docx.Document(str(out))
    styled = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert styled[0] == ("Title", adopted.title)
    assert styled[1][0] == "Subtitle"
    assert "Antagen av kommunstyrelsen 2027-02-10 § 12" in styled[1][1]
    body = styled[2:]
    assert body == [
        ("Heading 1", "1. Hur vi ska styra och leda tillsammans"),
        ("Normal", "Vi har ett gemensamt uppdrag.\nNy rad."),
        ("Heading 2", "Politiken ska:"),
        ("List Bullet", "Vara visionär"),
        ("List Bullet", "Stötta organisationen"),
        ("List Number", "Första"),
        ("List Number", "Andra"),
        ("Normal", "Mellan listorna."),
        ("List Number", "Ett igen"),
        ("List Number", "Två igen"),
        ("Heading 1", "2. Samspel – KSO och KD"),
    ]
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    assert bold == ["ett gemensamt"]

    # Each numbered list has its own w:num that restarts at 1.
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    num_ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert num_ids[0] == num_ids[1] != num_ids[2] == num_ids[3]
    numbering = document.part.numbering_part.element
    for num_id in {num_ids[0], num_ids[2]}:
        [num] = [n for n in numbering.num_lst if n.numId == num_id]
        start = num.find(qn("w:lvlOverride")).find(qn("w:startOverride"))
        assert start.get(qn("w:val")) == "1"

    metadata = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert metadata["Datum för beslut"] == "2027-02-10 § 12"
    assert metadata["Beslutande instans"] == "Kommunstyrelsen"
    assert metadata["Revideras senast"] == "2030-10-15"
    assert list(metadata) == [
        "Typ av styrdokument",
        "Beslutande instans",
        "Datum för beslut",
        "Diarienummer",
        "Gäller för",
        "Gäller från",
        "Giltighetstid",
        "Revideras senast",
        "Ersätter",
        "Dokumentansvarig",
    ]
    assert metadata["Gäller från"] == "2027-02-10"
    assert metadata["Ersätter"] == "–"
    signatures = " ".join(c.text for row in document.tables[1].rows for c in row.cells)
    for expected in ("Underskrifter", "Anna Berg", "Karl Ek", "Kommundirektör", "Vaggeryd"):
        assert expected in signatures

    section = document.sections[0]
    assert "Vaggeryds kommun" in section.header.paragraphs[0].text
    assert "version 1" in section.header.paragraphs[0].text
    footer = section.footer._element.xml
    assert "Sida " in section.footer.paragraphs[0].text
    assert " PAGE " in footer and " NUMPAGES " in footer
    props = document.core_properties
    assert (props.author, props.title, props.language) == (
        "Vaggeryds kommun",
        adopted.title,
        "sv-SE",
    )
    for name, data in _parts(out).items():
        assert b"python-docx" not in data, name


def test_a_registrator_finds_the_diarienummer_and_the_deciding_body(
    services: Samspel, tmp_path: Path
) -> None:
    pair = services.pairs.add(
        organisation="Vaggeryds kommun",
        political="Eva Lund",
        executive="Per Ek",
        kind=PairKind.COMMITTEE,
        body="Socialnämnden",
        start_date=dt.date(2027, 1, 1),
    )
    draft = services.agreements.start_draft(pair, template="vaggeryd")
    services.agreements.save_header(
        draft.id,
        draft.title,
        dataclasses.replace(draft.metadata, registration_number="SN 2027/31"),
    )
    # The draft: UTKAST at the top and in the header, no signature block.
    out = tmp_path / "utkast.docx"
    services.agreements.export_word(draft.id, out)
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert texts[2].startswith("UTKAST – inte beslutat")
    header = document.sections[0].header.paragraphs[0].text
    assert "Dnr SN 2027/31" in header and "UTKAST" in header
    assert all(
        "Underskrifter" not in c.text for t in document.tables for r in t.rows for c in r.cells
    )
    assert document.core_properties.identifier == "SN 2027/31"
    # Adopted: the decision names the nämnd, on the first page and in the header.
    adopted = services.agreements.adopt(draft.id, dt.date(2027, 3, 15), "§ 31")
    out = tmp_path / "antagen.docx"
    services.agreements.export_word(adopted.id, out)
    document = docx.Document(str(out))
    assert "Antagen av socialnämnden 2027-03-15 § 31" in document.paragraphs[1].text
    metadata = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert metadata["Beslutande instans"] == "Socialnämnden"
    assert metadata["Gäller för"] == (
        "Socialnämndens ordförande och förvaltningschef, Vaggeryds kommun"
    )
    header = document.sections[0].header.paragraphs[0].text
    assert "Dnr SN 2027/31 · Antagen 2027-03-15 § 31 · version 1" in header
    assert document.core_properties.identifier == "SN 2027/31"
    assert any("Underskrifter" in c.text for r in document.tables[1].rows for c in r.cells)


def _version(sections: tuple[AgreementSection, ...], title: str = "Titel") -> AgreementVersion:
    return AgreementVersion(
        id=1,
        pair_id=1,
        number=1,
        title=title,
        status=AgreementStatus.DRAFT,
        metadata=DocumentMetadata(registration_number="KS 2027/1"),
        sections=sections,
    )


def test_characters_word_cannot_hold_are_removed_and_counted(
    services: Samspel, tmp_path: Path
) -> None:
    pair = services.pairs.get(_pair_id(services))
    version = _version(
        (AgreementSection("a", "Rubrik\x07", (Block(BlockType.PARAGRAPH, "a\x00b\ufffec\r\nd"),)),)
    )
    result = write_agreement(version, pair, tmp_path / "x.docx")
    assert result.removed_characters == 3
    assert "3 tecken" in result.messages[0]
    texts = [p.text for p in docx.Document(str(tmp_path / "x.docx")).paragraphs]
    assert "abc\nd" in texts
    assert "1. Rubrik" in texts


_ANY_TEXT = st.text(st.characters(codec=None), max_size=60)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@example(title="a", paragraph="\\\\", items=["\\*"], registration="")  # escapes read once
@given(
    title=_ANY_TEXT,
    paragraph=_ANY_TEXT,
    items=st.lists(_ANY_TEXT, max_size=3),
    registration=_ANY_TEXT,
)
def test_any_text_is_exported_and_read_back_as_written(
    services: Samspel,
    tmp_path: Path,
    *,
    title: str,
    paragraph: str,
    items: list[str],
    registration: str,
) -> None:
    pair = (
        services.pairs.all()[0] if services.pairs.all() else services.pairs.get(_pair_id(services))
    )
    version = dataclasses.replace(
        _version(
            (
                AgreementSection(
                    "a",
                    title,
                    (
                        Block(BlockType.PARAGRAPH, paragraph),
                        Block(BlockType.BULLETS, items=tuple(items)),
                        Block(BlockType.NUMBERED, items=tuple(items)),
                        Block(BlockType.SUBHEADING, paragraph),
                    ),
                ),
            ),
            title=title,
        ),
        metadata=DocumentMetadata(registration_number=registration, applies_to=paragraph),
    )
    out = tmp_path / "fuzz.docx"
    result = write_agreement(version, pair, out)
    reopened = docx.Document(str(out))

    def word(text: str) -> str:  # what Word holds: characters it cannot carry dropped
        return text_for_word(text)[0]

    written = [(p.style.name, p.text) for p in reopened.paragraphs]
    # Titles are written as they are; body text is agreement markup (domain/markup.py): its
    # **bold** and *italic* marks applied, an escaped character (\*, \\) written once.
    assert written[0] == ("Title", word(title))
    assert ("Heading 1", f"1. {word(title)}") in written
    body = [text for style, text in written[written.index(("Heading 1", f"1. {word(title)}")) :]]
    parts = [part.strip() for part in re.split(r"\n\s*\n", paragraph.strip())]
    expected = [
        *(markup_text(word(part)) for part in parts if part),
        *(markup_text(word(item.strip())) for item in items),  # bullets
        *(markup_text(word(item.strip())) for item in items),  # numbered
        word(paragraph.strip()),  # the subheading
    ]
    assert body[1 : 1 + len(expected)] == expected
    cells = [c.text for row in reopened.tables[0].rows for c in row.cells]
    assert (word(registration) or "–") in cells
    assert result.path == out


def _custom_template(tmp_path: Path) -> Path:
    """A municipality's template: its own header logo text, no Heading 2, no table style."""
    document = docx.Document(str(bundled_template()))
    styles = document.styles.element
    for style in list(styles):
        if style.get(qn("w:styleId")) in {"Heading2", "SamspelTabell", "ListNumber"}:
            styles.remove(style)
    document.sections[0].header.paragraphs[0].text = "KOMMUNLOGGA"
    document.add_paragraph("Exempeltext i mallen som inte ska följa med.")
    path = tmp_path / "kommunmall.docx"
    document.save(str(path))
    return path


def test_custom_template_styles_are_used_and_gaps_reported(
    services: Samspel, tmp_path: Path
) -> None:
    pair = services.pairs.get(_pair_id(services))
    draft = services.agreements.start_draft(pair)
    services.agreements.save_sections(draft.id, _sample_sections())
    out = tmp_path / "ut.docx"
    result = services.agreements.export_word(draft.id, out, template=_custom_template(tmp_path))
    assert result.missing_styles == ("Heading 2", "List Number", "Samspel Tabell")
    assert result.messages == [
        "Mallen saknar formatmallarna ”Heading 2”, ”List Number”, ”Samspel Tabell”. "
        "Samspels egna användes i stället."
    ]
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert "Exempeltext i mallen som inte ska följa med." not in texts
    assert [p.style.name for p in document.paragraphs if p.text == "Politiken ska:"] == [
        "Heading 2"
    ]
    header = [p.text for p in document.sections[0].header.paragraphs]
    assert header[0] == "KOMMUNLOGGA"
    assert "Vaggeryds kommun" in header[1]
    # Numbered lists still restart, on numbering Samspel added to the template.
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert len({p._p.pPr.numPr.numId.val for p in numbered}) == 2


def test_a_template_that_is_not_a_docx_is_refused(services: Samspel, tmp_path: Path) -> None:
    pair = services.pairs.get(_pair_id(services))
    draft = services.agreements.start_draft(pair)
    bad = tmp_path / "mall.docx"
    bad.write_bytes(b"{\\rtf1 not a docx}")
    with pytest.raises(WordExportError, match="inte ett Word-dokument"):
        services.agreements.export_word(draft.id, tmp_path / "ut.docx", template=bad)
    broken = tmp_path / "trasig.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not-xml")
    broken.write_bytes(buffer.getvalue())
    with pytest.raises(WordExportError, match="gick inte att öppna"):
        services.agreements.export_word(draft.id, tmp_path / "ut.docx", template=broken)
    assert not (tmp_path / "ut.docx").exists()


def test_minutes_document(services: Samspel, tmp_path: Path) -> None:
    pair_id = _pair_id(services)
    conversation = services.conversations.start(
        pair_id, guide_ids=["skr-omraden", "skr-forhallningssatt"], date=dt.date(2027, 3, 1)
    )
    areas, attitudes = conversation.guides
    question = areas.questions()[2][1]
    services.conversations.save_answer(
        Answer(
            conversation.id,
            areas.question_key(question),
            political="Budgetprocessen.",
            executive="Att hinna bereda.",
            conclusion="Vi planerar beredningen tillsammans.",
            to_agreement=True,
        )
    )
    rated = attitudes.questions()[0][1]
    services.conversations.rate(conversation.id, attitudes.question_key(rated), Side.POLITICAL, 4)
    services.commitments.add(
        pair_id,
        "Boka vårens möten",
        Side.EXECUTIVE,
        owner_name="Karl Ek",
        created_in=conversation.id,
    )
    services.commitments.add(pair_id, "Ett annat samtals åtagande", Side.BOTH)
    services.conversations.set_next_meeting(conversation.id, dt.date(2027, 3, 15))
    out = tmp_path / default_file_name("Vaggeryds kommun", "Minnesanteckningar", conversation.date)
    services.conversations.export_minutes(conversation.id, out)

    document = docx.Document(str(out))
    styled = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert styled[0] == ("Title", "Minnesanteckningar")
    assert ("Heading 2", question.text) in styled
    # The minutes name whose words the question is, right under it.
    after = styled[styled.index(("Heading 2", question.text)) + 1][1]
    assert after.startswith(("Källa: SKR", "Samspel, utifrån SKR"))
    assert (
        "Normal",
        "Kommunstyrelsens ordförande (Anna Berg): Budgetprocessen.",
    ) in styled
    assert ("Normal", "Kommundirektör (Karl Ek): Att hinna bereda.") in styled
    assert ("Normal", "Gemensam slutsats: Vi planerar beredningen tillsammans.") in styled
    assert ("Heading 1", "Nästa samtal") in styled
    assert [text for _style, text in styled].count("2027-03-15") == 1
    tables = {t.rows[0].cells[0].text: t for t in document.tables}
    facts = {r.cells[0].text: r.cells[1].text for r in tables["Datum"].rows}
    assert facts["Närvarande"] == "Anna Berg, Karl Ek"
    assert "Nästa samtal" not in facts, "the next meeting is said once, at the end"
    ratings = [[c.text for c in r.cells] for r in tables["Fråga"].rows]
    assert ratings[0] == ["Fråga", "Kommunstyrelsens ordförande", "Kommundirektör"]
    assert ratings[1][0] == rated.text
    assert ratings[1][1].startswith("4")
    assert ratings[1][2] == "–"
    commitments = [[c.text for c in r.cells] for r in tables["Åtagande"].rows]
    assert commitments == [
        ["Åtagande", "Ansvarig", "Klart senast", "Status"],
        ["Boka vårens möten", "Karl Ek", "–", "Öppet"],
    ]


def test_minutes_hold_every_answered_text_where_it_goes_and_the_grey_zone(
    services: Samspel, tmp_path: Path
) -> None:
    pair_id = _pair_id(services)
    conversation = services.conversations.start(
        pair_id, guide_ids=["skr-forhallningssatt"], date=dt.date(2027, 3, 1)
    )
    [attitudes] = conversation.guides
    rated = [q for _s, q in attitudes.questions()]
    assert len(rated) == 5
    sections = services.agreements.start_draft(services.pairs.get(pair_id)).sections
    for number, question in enumerate(rated, 1):
        key = attitudes.question_key(question)
        services.conversations.rate(conversation.id, key, Side.POLITICAL, number)
        services.conversations.rate(conversation.id, key, Side.EXECUTIVE, 6 - number)
        services.conversations.save_answer(
            Answer(
                conversation.id,
                key,
                political=f"Politikens syn {number}.",
                executive=f"Förvaltningens syn {number}.",
                conclusion=f"Slutsats {number}.",
                to_agreement=number == 2,
                agreement_section_key=sections[1].key if number == 2 else "",
            )
        )
    services.greyzone.add(
        pair_id, "Vem svarar pressen om skolbygget?", conversation_id=conversation.id
    )
    services.greyzone.add(pair_id, "En fråga från ett annat tillfälle")
    out = tmp_path / "minnesanteckningar.docx"
    services.conversations.export_minutes(conversation.id, out)

    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs if p.text]
    assert "arbetsmaterial" in texts[2] and "inte en antagen text" in texts[2]
    for number, question in enumerate(rated, 1):
        assert question.text in texts
        assert f"Kommunstyrelsens ordförande (Anna Berg): Politikens syn {number}." in texts
        assert f"Kommundirektör (Karl Ek): Förvaltningens syn {number}." in texts
        assert f"Gemensam slutsats: Slutsats {number}." in texts
    assert f"Slutsatsen förs till överenskommelsen, avsnittet ”{sections[1].title}”." in texts
    assert any(t.startswith("Skattning: Kommunstyrelsens ordförande 1") for t in texts)
    assert "Frågor i gråzonen" in texts
    assert "Vem svarar pressen om skolbygget?" in texts
    assert "En fråga från ett annat tillfälle" not in texts
    assert texts.count("Nästa samtal") == 1
    assert "Nästa samtal är inte bestämt." in texts
    header = document.sections[0].header.paragraphs[0].text
    assert "arbetsmaterial" in header


def test_default_file_name_is_safe_everywhere() -> None:
    assert (
        default_file_name("Vaggeryds kommun", "Överenskommelse", dt.date(2027, 2, 10))
        == "Vaggeryds kommun – Överenskommelse 2027-02-10.docx"
    )
    assert default_file_name('A/B:C*"?', "x\x00y", dt.date(2027, 1, 1)) == (
        "A B C – xy 2027-01-01.docx"
    )
    assert default_file_name("", "", dt.date(2027, 1, 1)).endswith(".docx")


@given(
    st.text(alphabet=st.sampled_from("ab åÄ\t\n\r-*"), max_size=40),
    st.booleans(),
)
def test_runs_are_the_xml_python_docx_writes(text: str, bold: bool) -> None:
    from lxml import etree

    from samspel_desktop.services.documents.writer import _append_run

    ours, theirs = docx.Document(), docx.Document()
    _append_run(ours.add_paragraph()._p, text, bold=bold)
    run = theirs.add_paragraph().add_run(text)
    if bold:
        run.bold = True
    assert etree.tostring(ours.paragraphs[0]._p) == etree.tostring(theirs.paragraphs[0]._p)


def _sent_on_remiss(services: Samspel) -> tuple[int, int]:
    pair = services.pairs.get(_pair_id(services))
    draft = services.agreements.start_draft(pair, template="vaggeryd", today=dt.date(2025, 8, 1))
    services.agreements.save_header(
        draft.id, draft.title, dataclasses.replace(draft.metadata, registration_number="KS 2025/90")
    )
    remiss = services.agreements.send_to_remiss(
        draft.id,
        ["Socialnämnden", "Barn- och utbildningsnämnden", "Partigrupp S"],
        sent_on=dt.date(2025, 8, 27),
        deadline=dt.date(2025, 11, 3),
        reference="KSAU 2025-08-27 § 111",
    )
    social, school, _ = remiss.answers
    services.agreements.record_remiss_answer(
        social.id, RemissStance.SUPPORTS, "Ställer sig bakom.", answered_on=dt.date(2025, 12, 10)
    )
    services.agreements.record_remiss_answer(
        school.id, RemissStance.REJECTS, "Otydligt om nämnderna.", answered_on=dt.date(2025, 11, 1)
    )
    return pair.id, draft.id


def test_the_remiss_goes_out_with_its_cover_letter(services: Samspel, tmp_path: Path) -> None:
    pair_id, version_id = _sent_on_remiss(services)
    out = tmp_path / "remiss.docx"
    services.agreements.export_remiss(services.agreements.remiss_version(pair_id).id, out)
    document = docx.Document(str(out))
    letter = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert letter["Till"] == "Socialnämnden, Barn- och utbildningsnämnden, Partigrupp S"
    assert letter["Sista svarsdag"] == "2025-11-03"
    assert letter["Beslut om remiss"] == "KSAU 2025-08-27 § 111"
    texts = [p.text for p in document.paragraphs]
    assert "Remiss" in texts and any("senast 2025-11-03" in t for t in texts)
    assert any(t.startswith("REMISSVERSION – inte beslutad") for t in texts)
    assert any(t.startswith("1. Hur vi ska styra och leda tillsammans") for t in texts)
    assert "svar senast 2025-11-03" in document.sections[0].header.paragraphs[0].text
    assert document.core_properties.identifier == "KS 2025/90"
    # No signatures on a remiss version.
    assert not any(
        "Underskrifter" in c.text for t in document.tables for r in t.rows for c in r.cells
    )
    assert version_id


def test_the_answers_are_summed_up_for_the_arbetsutskott(services: Samspel, tmp_path: Path) -> None:
    pair_id, version_id = _sent_on_remiss(services)
    out = tmp_path / "sammanstallning.docx"
    services.agreements.export_remiss_summary(version_id, out)
    texts = _texts_of(out)
    assert (
        "1 ställer sig bakom (tillstyrker), 0 ställer sig bakom med synpunkter, 1 avstyrker och "
        "1 har inte svarat." in texts
    )
    assert "Avstyrker: Barn- och utbildningsnämnden." in texts
    assert "Otydligt om nämnderna." in texts
    assert any("oförändrat sedan remissen" in t for t in texts)
    # After a new draft that changes one section, the summary says what changed.
    draft = services.agreements.new_draft_from(version_id)
    sections = tuple(
        dataclasses.replace(s, blocks=(*s.blocks, Block(BlockType.PARAGRAPH, "Nämnderna.")))
        if s.key == "kommunikationsvagar"
        else s
        for s in draft.sections
    )
    services.agreements.save_sections(draft.id, sections)
    services.agreements.export_remiss_summary(version_id, out)
    document = docx.Document(str(out))
    changes = [tuple(c.text for c in r.cells) for r in document.tables[-1].rows]
    assert changes == [("Avsnitt", "Ändring"), ("Kommunikationsvägar", "ändrat")]
    assert pair_id


def _texts_of(path: Path) -> list[str]:
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return texts


def test_export_reports_each_section_and_a_cancel_leaves_no_file(
    services: Samspel, tmp_path: Path
) -> None:
    from samspel_desktop.domain.errors import CancelledError

    pair = services.pairs.get(_pair_id(services))
    draft = services.agreements.start_draft(pair, template="skr")
    services.agreements.save_sections(draft.id, _sample_sections())
    steps: list[tuple[int, int]] = []
    out = tmp_path / "överenskommelse.docx"
    services.agreements.export_word(draft.id, out, progress=lambda d, t: steps.append((d, t)))
    sections = len(services.agreements.get(draft.id).sections)
    assert steps[0] == (0, sections + 1)
    assert steps[-1][0] == steps[-1][1] >= sections + 1  # (headings inside sections count)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)

    def stop_halfway(done: int, total: int) -> None:
        if done * 2 >= total:
            raise CancelledError("Avbrutet.")

    folder = tmp_path / "ut"
    folder.mkdir()
    with pytest.raises(CancelledError):
        services.agreements.export_word(draft.id, folder / "avbruten.docx", progress=stop_halfway)
    assert list(folder.iterdir()) == []
