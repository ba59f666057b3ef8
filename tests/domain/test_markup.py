"""The stored inline formatting of agreement text: parse, write, escape, read the old form."""

from hypothesis import given
from hypothesis import strategies as st

from samspel_desktop.domain.markup import (
    Run,
    escape_markup,
    legacy_to_markup,
    markup_runs,
    markup_text,
    runs_to_markup,
)

#: Text with many of the characters the markup treats specially.
tricky_text = st.lists(st.sampled_from(["*", "\\", "a", " ", "\n", "ö", "2. ", "## ", "- "])).map(
    "".join
)
runs = st.lists(st.builds(Run, tricky_text | st.text(), st.booleans(), st.booleans()))


def _merged(items: list[Run]) -> list[Run]:
    out: list[Run] = []
    for run in items:
        if not run.text:
            continue
        if out and (out[-1].bold, out[-1].italic) == (run.bold, run.italic):
            out[-1] = Run(out[-1].text + run.text, run.bold, run.italic)
        else:
            out.append(run)
    return out


def test_bold_italic_and_escapes() -> None:
    assert markup_runs("Vi **ska** ses *ofta*") == [
        Run("Vi "),
        Run("ska", bold=True),
        Run(" ses "),
        Run("ofta", italic=True),
    ]
    assert markup_runs("***båda***") == [Run("båda", bold=True, italic=True)]
    assert markup_runs(r"\*\*inte fet\*\* och C:\mapp") == [Run("**inte fet** och C:\\mapp")]
    assert markup_text("**a** *b* \\*") == "a b *"


def test_an_unpaired_toggle_is_text() -> None:
    assert markup_runs("5 * 3") == [Run("5 * 3")]
    assert markup_runs("**fet** och ** kvar") == [Run("fet", bold=True), Run(" och ** kvar")]


def test_canonical_form() -> None:
    assert runs_to_markup([Run("Vi "), Run("ska", bold=True), Run(""), Run(" ses")]) == (
        "Vi **ska** ses"
    )
    assert runs_to_markup([Run("a", bold=True), Run("b", bold=True)]) == "**ab**"
    assert escape_markup("**x** 2. y") == r"\*\*x\*\* 2. y"
    assert escape_markup("C:\\mapp\\") == "C:\\mapp\\"  # a backslash is escaped only if needed
    assert runs_to_markup([Run("C:\\", italic=True)]) == "*C:\\\\*"
    assert escape_markup("") == ""


@given(runs)
def test_runs_survive_markup(items: list[Run]) -> None:
    markup = runs_to_markup(items)
    assert markup_runs(markup) == _merged(items)
    assert runs_to_markup(markup_runs(markup)) == markup  # canonical: a fixed point


@given(tricky_text | st.text())
def test_escaped_text_shows_exactly_itself(text: str) -> None:
    assert markup_text(escape_markup(text)) == text
    assert markup_runs(escape_markup(text)) == ([Run(text)] if text else [])


@given(tricky_text | st.text())
def test_any_string_reads_as_some_runs_and_settles(markup: str) -> None:
    canonical = runs_to_markup(markup_runs(markup))
    assert markup_runs(canonical) == markup_runs(markup)


def test_legacy_text_keeps_its_meaning() -> None:
    assert legacy_to_markup("Vi **ska** ses ** ofta") == r"Vi **ska** ses \*\* ofta"
    assert legacy_to_markup("5 * 3 och *stjärna*") == r"5 \* 3 och \*stjärna\*"
    assert legacy_to_markup("C:\\mapp") == "C:\\mapp"
    assert legacy_to_markup("Vanlig text.") == "Vanlig text."
