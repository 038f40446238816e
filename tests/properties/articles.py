"""Hypothesis strategies for machine-translated news articles with injected defects.

An article is a header line (sometimes), a headline and paragraphs of
ordinary sentences, with defects of every family of docs/families.md
dropped in: residue lines and tokens (A), photo credits (B), editor initials
(C), doubled words (D), ``X (X)`` (E), name variants (F), numeric and
foreign dates with weekdays (G), doubled attributions (H), first-person
narration in quotes (I), untranslated words and scripts (J), calques (K),
spacing and punctuation (L), source-style numbers (M) and mojibake (N).
Defects are also put inside quotations, where fixes must not reach.
"""

from __future__ import annotations

from hypothesis import strategies as st

PEOPLE = ("Kim Jong Un", "Kim Jong-un", "Sergei Shoigu", "Sergey Shoigu", "Vladimir Putin",
          "Xi Jinping", "Yoon Suk Yeol", "Yoon Suk-yeol", "Choe Son Hui", "Dmitry Peskov",
          "Dmitri Peskov", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Joe Biden",
          "Haedar Nashir", "Puan Maharani", "Im Chon Il", "Sri Mulyani", "Rudy")
PLACES = ("North Korea", "the United States", "the US", "the U.S.", "America", "Russia",
          "Kyiv", "Kiev", "Macao", "Macau", "Pyongyang", "Jakarta", "Seoul", "Moscow",
          "the DPRK", "the European Union", "NATO", "the United Nations", "South Korea")
SUBJECTS = ("The minister", "The governor", "Police", "The ministry", "Residents",
            "The agency", "Officials", "Traders", "The army", "The court", "Exports",
            "Rice prices", "The delegation", "Rescuers", "The central bank")
VERBS = ("met officials in", "criticised", "signed an agreement with", "sent aid to",
         "warned", "praised", "held talks with", "imposed tariffs on", "returned from",
         "rejected the plan of", "visited", "denied reports about")
TAILS = ("on Monday", "last week", "after the talks", "in a statement", "for the first time",
         "despite the rain", "on Friday evening", "this year", "", "")
SPEECH = ("said", "added", "stressed", "explained", "stated", "claimed", "declared")
PRONOUNS = (("He", "he"), ("She", "she"), ("They", "they"))

RESIDUE_LINES = ("Read also: Markets fall after the vote", "READ ALSO:", "loading…",
                 "Loading...", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
                 "Baca juga: Harga beras naik lagi", "Xem thêm: Giá vàng hôm nay",
                 "Share this article", "[Gambas:Video 20detik]", "Source link",
                 "IMG_2041.jpg", "https://example.com/news/123", "[Anchor]",
                 "Related: Ceasefire extended for two days",
                 "This text was machine translated.")
RESIDUE_TOKENS = ("[ad_1]", "ADVERTISEMENT", "Memuat...", "loading…")
CREDITS = ("Photo/REUTERS", "(Photo: Antara)", "Illustration/SINDOnews", "Foto: dok.",
           "PHOTO/AFP")
INITIALS = ("(dam)", "(rna)", "(kes)(+)", "(C11-09)", "(ant/rna)", "(End)",
            "[Editor: Li Shufeng]", "Editor: Rina Andriani")
REPEATS = ("North Korea (North Korea)", "Pyongyang (Pyongyang)",
           "the United States (United States)", "the United States (US)",
           "the National Assembly (National Assembly)", "the European Union (EU)")
CALQUES = ("Deputy Minister of Foreign Affairs North Korea", "Chairman PP Muhammadiyah",
           "Minister of Defense Russia", "Foreign Minister China", "spokesman Kremlin",
           "volunteers Jokowi", "Secretary General NATO")
DATES = ("on Sunday (1/10/2023)", "(13/5)", "on Monday (6/21)", "on Tuesday (22/6)",
         "on 13/5/2021 (Thursday)", "on 25/12/23", "on 20 Juni 2024", "on 5 Maret",
         "on 17 Agustus", "on the 7th", "since the 3rd", "on 3 de mayo de 2023",
         "on Friday, October 1, 2023", "on Monday, 1 October 2023", "April 10 . 2024",
         "on 10/25/2023", "on 15. März")
FOREIGN = ("yang dilakukan tidak dapat dengan cepat", "không được triển khai",
           "el gobierno no tiene planes", "북한은 미사일을 발사했다", "Защита объектов",
           "经济观察网", "CANULAR", "[HOAKS]", "eto ne tak prosto")
NUMBERS = ("1,5 million", "Rp 10.000.000", "10.00 WIB", "51/70 organizations", "4300 RMB",
           "Rp11. a thousand trillion", "3,2 percent")
MOJIBAKE = ("ministerâ€™s", "PelÃ©", "cafÃ©", "â€œquotedâ€\x9d", "re\ufffdsult",
            "zero\u200bwidth", "Ã¼ber")
PUNCTUATION = ("the investigation.I did not", "prices rose ,", "the end..", "what”black hearts”",
               "the report ( draft )", "she said !")
HEADER_DATES = ("2023-10-01", "2021-05-14", "2023-06-23", "2024-03-12", "2023-02-11")


def _pick(options: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.sampled_from(options)


@st.composite
def plain_sentence(draw: st.DrawFn) -> str:
    """An ordinary news sentence."""
    subject = draw(st.one_of(_pick(SUBJECTS), _pick(PEOPLE)))
    tail = draw(_pick(TAILS))
    return f"{subject} {draw(_pick(VERBS))} {draw(_pick(PLACES))}{' ' + tail if tail else ''}."


@st.composite
def defective_sentence(draw: st.DrawFn) -> str:
    """A sentence carrying one defect of a family that has rules (or will have)."""
    base = draw(plain_sentence())[:-1]
    family = draw(st.sampled_from("BDEFGHIJKLMN"))
    if family == "B":
        return f"{base}. {draw(_pick(CREDITS))}"
    if family == "D":
        words = base.split(" ")
        at = draw(st.integers(0, len(words) - 1))
        return " ".join([*words[: at + 1], words[at], *words[at + 1 :]]) + "."
    if family == "E":
        return f"{draw(_pick(REPEATS))} {draw(_pick(VERBS))} {draw(_pick(PLACES))}."
    if family == "F":
        person = draw(_pick(PEOPLE))
        return f"{base}. {person} spoke, and {draw(_pick(PEOPLE))} answered {person}."
    if family == "G":
        return f"{base} {draw(_pick(DATES))}."
    if family == "H":
        return draw(_attribution())
    if family == "I":
        speaker = draw(_pick(PEOPLE))
        return f"“I went on to say that {base[0].lower()}{base[1:]},” said {speaker}’s aide."
    if family == "J":
        return f"{base} {draw(_pick(FOREIGN))}."
    if family == "K":
        return f"The plan was announced by {draw(_pick(CALQUES))} {draw(_pick(PEOPLE))}."
    if family == "L":
        return f"{base}, {draw(_pick(PUNCTUATION))}."
    if family == "M":
        return f"{base} worth {draw(_pick(NUMBERS))}."
    return f"{base} {draw(_pick(MOJIBAKE))} {draw(_pick(RESIDUE_TOKENS))}."


@st.composite
def _attribution(draw: st.DrawFn) -> str:
    pronoun, lower = draw(_pick(PRONOUNS))
    body = draw(plain_sentence())[:-1]
    verb, again = draw(_pick(SPEECH)), draw(_pick(SPEECH))
    forms = (f"According to {lower}, {body[0].lower()}{body[1:]}, {lower} {verb}.",
             f"{body}, {lower} {verb}. {again}.",
             f"“{body},” {lower} {verb}, {verb} {draw(_pick(PEOPLE))}.",
             f"{pronoun} {verb} that {body[0].lower()}{body[1:]}.")
    return draw(st.sampled_from(forms))


@st.composite
def quoted_sentence(draw: st.DrawFn) -> str:
    """Direct speech, sometimes with a defect inside the quotation marks."""
    inside = draw(st.one_of(plain_sentence(), defective_sentence()))[:-1]
    open_mark, close_mark = draw(st.sampled_from((("“", "”"), ('"', '"'))))
    return f"{open_mark}{inside},{close_mark} {draw(_pick(SPEECH))} {draw(_pick(PEOPLE))}."


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    """One to four sentences, any of them defective or quoted; or a residue line."""
    if draw(st.integers(0, 5)) == 0:
        return draw(_pick(RESIDUE_LINES))
    sentence = st.one_of(plain_sentence(), defective_sentence(), quoted_sentence())
    return " ".join(draw(st.lists(sentence, min_size=1, max_size=4)))


@st.composite
def article(draw: st.DrawFn) -> str:
    """A whole article with ``\\n`` line breaks."""
    parts = []
    if draw(st.booleans()):
        residue = " loading…" if draw(st.booleans()) else ""
        parts.append(f" date {draw(_pick(HEADER_DATES))}{residue}")
    headline = draw(plain_sentence())[:-1]
    if draw(st.booleans()):
        headline += f". {draw(_pick(CREDITS))}"
    parts.append(headline)
    parts += draw(st.lists(paragraph(), min_size=1, max_size=8))
    if draw(st.booleans()):
        parts.append(draw(_pick(INITIALS)))
    separator = draw(st.sampled_from(("\n\n", "\n")))
    ending = draw(st.sampled_from(("\n", "", "\n\n")))
    return draw(_odd_spacing(separator.join(parts) + ending))


#: white space that splits lines for Python's str.splitlines but not for patch
ODD_SPACES = ("\t", "\u00a0", "\u2028", "\x0c", "\x85", "\r", "  ", "\u200b")


@st.composite
def _odd_spacing(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few of its spaces replaced by unusual white space."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces or draw(st.integers(0, 3)) > 0:
        return text
    chars = list(text)
    for at in draw(st.lists(st.sampled_from(spaces), max_size=3)):
        chars[at] = draw(_pick(ODD_SPACES))
    return "".join(chars)


@st.composite
def article_file(draw: st.DrawFn) -> tuple[str, str, bool]:
    """An article with its newline style (LF, CRLF or mixed) and whether it has a BOM."""
    text = draw(article())
    style = draw(st.sampled_from(("lf", "crlf", "mixed")))
    if style == "crlf":
        text = text.replace("\n", "\r\n")
    elif style == "mixed":
        lines = text.split("\n")
        ends = draw(st.lists(st.sampled_from(("\n", "\r\n")), min_size=len(lines),
                             max_size=len(lines)))
        text = "".join(line + end for line, end in zip(lines[:-1], ends, strict=False))
        text += lines[-1]
    return text, style, draw(st.booleans())
