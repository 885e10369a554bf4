"""Communication templates with placeholders, and the rendering that reports what is still missing.

The leak document asks for four kinds of message when a crisis breaks: a notice to the staff
(內部通報), a notice to the employees affected (facts, an apology, the measures taken, a hotline),
one external statement (統一對外口徑: a single voice, so only one approved statement stands at a
time) and a notice to the regulator or the competent authority. Each exists in English and in
Chinese, because an office in Taiwan or Hong Kong sends both.

A template is plain text with ``{name}`` placeholders. Rendering fills them from the incident
(code, dates, category, grade, count) and from what the user typed (hotline, measures, contact
person ...). A placeholder with no value is left in the text *and reported*, and so is a name that
is not a known placeholder (a typo such as ``{hotlne}``): a notice must never go out with a hole
nobody noticed, so approval refuses a rendering that is not complete.

The app sends nothing; it prepares the text and records when someone sent it, and how.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

SUBJECT_MAX = 300
BODY_MAX = 20_000
VALUE_MAX = 5_000

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class TemplateKind(StrEnum):
    """The four kinds of message. Stored with templates and drafts: a stable contract."""

    INTERNAL_NOTICE = "internal_notice"
    AFFECTED_NOTICE = "affected_notice"
    EXTERNAL_STATEMENT = "external_statement"
    REGULATOR_NOTICE = "regulator_notice"


class Language(StrEnum):
    EN = "en"
    ZH = "zh"


class DraftState(StrEnum):
    """Where a draft stands. Stored: a stable contract.

    ``superseded``: an approved external statement replaced by a newer approved one, so that one
    voice speaks for the organisation at a time.
    """

    DRAFT = "draft"
    APPROVED = "approved"
    SENT = "sent"
    SUPERSEDED = "superseded"


class Channel(StrEnum):
    """How a person was notified or a message went out. Stored: a stable contract."""

    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    IN_PERSON = "in_person"
    MESSAGING_APP = "messaging_app"
    OTHER = "other"


TEMPLATE_LABELS: Mapping[TemplateKind, tuple[str, str]] = MappingProxyType(
    {
        TemplateKind.INTERNAL_NOTICE: ("Internal staff notice", "內部員工通報"),
        TemplateKind.AFFECTED_NOTICE: ("Notice to affected employees", "致受影響員工通知"),
        TemplateKind.EXTERNAL_STATEMENT: ("External statement", "統一對外聲明"),
        TemplateKind.REGULATOR_NOTICE: ("Regulator notification", "主管機關通報"),
    }
)

PLACEHOLDERS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        # filled from the incident
        "incident_code": ("Incident code", "事件編號"),
        "incident_title": ("Incident title", "事件標題"),
        "category": ("Category", "事件類別"),
        "grade": ("Grade", "事件等級"),
        "reported_date": ("Date reported", "通報日期"),
        "occurred_date": ("Date it happened", "發生日期"),
        "affected_count": ("People affected", "受影響人數"),
        # typed by the user
        "organisation": ("Organisation", "機構名稱"),
        "facts": ("What happened (facts)", "事件經過(事實)"),
        "data_categories": ("Data concerned", "涉及資料類別"),
        "measures": ("Measures taken", "已採取措施"),
        "hotline": ("Hotline", "專線電話"),
        "contact_person": ("Contact person", "聯絡人"),
        "contact_email": ("Contact e-mail", "聯絡電郵"),
        "next_update": ("Next update", "下次更新時間"),
        "regulator": ("Regulator or authority", "主管機關"),
    }
)
"""Every placeholder a template may use, with English and Chinese names for the fill-in form."""

INCIDENT_PLACEHOLDERS: tuple[str, ...] = (
    "incident_code",
    "incident_title",
    "category",
    "grade",
    "reported_date",
    "occurred_date",
    "affected_count",
)
"""Placeholders the service fills from the incident (the user may still overwrite them)."""


class TemplateInvalid(ValueError):
    """A template text (an admin's override) is not usable; ``problems`` names the field and why."""

    def __init__(self, problems: tuple[tuple[str, str], ...]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{field}: {message}" for field, message in problems))


@dataclass(frozen=True, slots=True)
class CommunicationTemplate:
    kind: TemplateKind
    language: Language
    subject: str
    body: str

    @property
    def placeholders(self) -> tuple[str, ...]:
        return placeholders_in(self.subject + "\n" + self.body)


@dataclass(frozen=True, slots=True)
class Rendering:
    """A rendered text and what is wrong with it; ``complete`` only when nothing is missing or unknown."""

    subject: str
    body: str
    missing: tuple[str, ...]  # known placeholders used in the text with no value yet
    unknown: tuple[str, ...]  # names in braces that are not placeholders (typos)

    @property
    def complete(self) -> bool:
        return not self.missing and not self.unknown

    def __repr__(self) -> str:  # the text is case content
        return f"Rendering(missing={self.missing}, unknown={self.unknown})"


def placeholders_in(text: str) -> tuple[str, ...]:
    """The placeholder names in ``text``, in order of first appearance, each once."""
    return tuple(dict.fromkeys(_PLACEHOLDER.findall(text)))


def render(subject: str, body: str, values: Mapping[str, str]) -> Rendering:
    """Fill the placeholders of ``subject`` and ``body`` from ``values``.

    A value of only spaces counts as missing. Missing and unknown placeholders stay in the text as
    ``{name}``, so the preview shows exactly where the hole is, and are listed in the result.
    """
    filled = {name: str(value).strip() for name, value in values.items() if str(value).strip()}
    missing: dict[str, None] = {}
    unknown: dict[str, None] = {}

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PLACEHOLDERS:
            unknown[name] = None
            return match.group(0)
        if name not in filled:
            missing[name] = None
            return match.group(0)
        return filled[name]

    rendered_subject = _PLACEHOLDER.sub(replace, subject)
    rendered_body = _PLACEHOLDER.sub(replace, body)
    return Rendering(rendered_subject, rendered_body, tuple(missing), tuple(unknown))


def _clean(name: str, value: object, maximum: int, problems: list[tuple[str, str]], *, line: bool) -> str:
    if not isinstance(value, str):
        problems.append((name, "must be text"))
        return ""
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        problems.append((name, "is required and cannot be only spaces"))
    elif len(text) > maximum:
        problems.append((name, f"can have at most {maximum} characters (this one has {len(text)})"))
    elif "\x00" in text or (line and any(unicodedata.category(ch) == "Cc" for ch in text)):
        problems.append((name, "must be a single line" if line else "cannot contain a NUL character"))
    return text


def check_template_text(subject: object, body: object, *, allow_unknown: bool = False) -> tuple[str, str]:
    """A template's subject and body, cleaned; refused when empty, too long or using unknown names.

    ``allow_unknown`` is for a draft's own copy of the text: there an unknown name is not refused
    but reported by ``render`` (and blocks approval), so the user sees it in the preview.
    """
    problems: list[tuple[str, str]] = []
    clean_subject = _clean("subject", subject, SUBJECT_MAX, problems, line=True)
    clean_body = _clean("body", body, BODY_MAX, problems, line=False)
    for field, text in () if allow_unknown else (("subject", clean_subject), ("body", clean_body)):
        unknown = [name for name in placeholders_in(text) if name not in PLACEHOLDERS]
        if unknown:
            problems.append((field, "uses unknown placeholders " + ", ".join("{" + n + "}" for n in unknown)))
    if problems:
        raise TemplateInvalid(tuple(problems))
    return clean_subject, clean_body


def check_values(values: object) -> dict[str, str]:
    """Typed placeholder values, cleaned: known names only, text, bounded; empty ones dropped."""
    if not isinstance(values, Mapping):
        raise TemplateInvalid((("values", "must map placeholder names to text"),))
    problems: list[tuple[str, str]] = []
    cleaned: dict[str, str] = {}
    for name, value in values.items():
        if name not in PLACEHOLDERS:
            problems.append((f"values.{str(name)[:40]}", "is not a placeholder"))
            continue
        if not isinstance(value, str):
            problems.append((f"values.{name}", "must be text"))
            continue
        text = unicodedata.normalize("NFC", value).strip()
        if len(text) > VALUE_MAX:
            problems.append((f"values.{name}", f"can have at most {VALUE_MAX} characters"))
        elif "\x00" in text:
            problems.append((f"values.{name}", "cannot contain a NUL character"))
        elif text:
            cleaned[name] = text
    if problems:
        raise TemplateInvalid(tuple(problems))
    return cleaned


def _t(kind: TemplateKind, language: Language, subject: str, body: str) -> CommunicationTemplate:
    return CommunicationTemplate(kind, language, subject, body)


_EN, _ZH = Language.EN, Language.ZH
_K = TemplateKind

DEFAULT_TEMPLATES: Mapping[tuple[TemplateKind, Language], CommunicationTemplate] = MappingProxyType(
    {
        (t.kind, t.language): t
        for t in (
            _t(
                _K.INTERNAL_NOTICE,
                _EN,
                "Internal notice: {incident_code}",
                "To all staff,\n\n"
                "On {reported_date} we were informed of an incident ({category}, reference {incident_code}). "
                "The crisis team has activated the response plan and is handling it.\n\n"
                "What we know: {facts}\n\n"
                "Measures taken so far: {measures}\n\n"
                "Please do not discuss the incident or share any information about colleagues outside "
                "the team handling it, and refer every question from outside to {contact_person}. "
                "Anyone who needs support can call the counselling hotline {hotline} in confidence.\n\n"
                "We will update you by {next_update}.\n\n"
                "{organisation} crisis team",
            ),
            _t(
                _K.INTERNAL_NOTICE,
                _ZH,
                "內部通報：{incident_code}",
                "各位同事：\n\n"
                "本公司於{reported_date}接獲一宗事件通報（{category}，編號{incident_code}）。"
                "危機處理小組已啟動應急預案，正在處理中。\n\n"
                "目前掌握的情況：{facts}\n\n"
                "已採取的措施：{measures}\n\n"
                "請勿在處理小組以外討論本事件或傳播任何同事的資訊，外界查詢請一律轉交{contact_person}。"
                "如需支援，可致電心理援助專線{hotline}，內容絕對保密。\n\n"
                "我們將於{next_update}前向大家通報最新進展。\n\n"
                "{organisation}危機處理小組",
            ),
            _t(
                _K.AFFECTED_NOTICE,
                _EN,
                "Important: information about you was affected ({incident_code})",
                "Dear colleague,\n\n"
                "We are writing to tell you, as soon as we have confirmed it, that an incident reported "
                "on {reported_date} affected information about you.\n\n"
                "What happened: {facts}\n\n"
                "Information concerned: {data_categories}\n\n"
                "We are sincerely sorry. Protecting what you entrust to us is our responsibility, and "
                "we failed you in this.\n\n"
                "What we have done: {measures}\n\n"
                "If you have any question or concern, or would like to talk to a counsellor, please "
                "call our dedicated hotline {hotline} or contact {contact_person} ({contact_email}). "
                "Counselling is free and confidential, and nothing you say will be used in any "
                "performance review.\n\n"
                "We will keep you informed; the next update will follow by {next_update}.\n\n"
                "{organisation}",
            ),
            _t(
                _K.AFFECTED_NOTICE,
                _ZH,
                "重要通知：您的資料受到影響（{incident_code}）",
                "親愛的同事：\n\n"
                "本公司於{reported_date}接獲事件通報，經確認後第一時間通知您：您的相關資料受到影響。\n\n"
                "事件經過：{facts}\n\n"
                "涉及的資料：{data_categories}\n\n"
                "對此我們深表歉意。保護您託付給我們的資料是我們的責任，這次我們沒有做到。\n\n"
                "我們已採取的措施：{measures}\n\n"
                "如有任何疑問或擔憂，或希望與心理諮詢師傾談，請致電專線{hotline}，"
                "或聯絡{contact_person}（{contact_email}）。心理輔導免費且保密，"
                "您所說的一切不會用於任何績效考核。\n\n"
                "我們會持續向您通報進展，下次更新將於{next_update}前發出。\n\n"
                "{organisation}",
            ),
            _t(
                _K.EXTERNAL_STATEMENT,
                _EN,
                "Statement from {organisation}",
                "On {reported_date}, {organisation} became aware of an incident affecting employees' "
                "information. We activated our response plan at once.\n\n"
                "{facts}\n\n"
                "The measures taken: {measures}\n\n"
                "The employees concerned are being informed directly and offered support. We take the "
                "protection of our employees' privacy seriously and are cooperating fully with the "
                "competent authorities.\n\n"
                "We will publish further information by {next_update}. Media enquiries: "
                "{contact_person}, {contact_email}.",
            ),
            _t(
                _K.EXTERNAL_STATEMENT,
                _ZH,
                "{organisation}聲明",
                "{organisation}於{reported_date}知悉一宗涉及員工資料的事件，並已即時啟動應急預案。\n\n"
                "{facts}\n\n"
                "已採取的措施：{measures}\n\n"
                "我們正直接通知相關員工並提供支援。本公司高度重視員工隱私保護，"
                "並全力配合主管機關的工作。\n\n"
                "我們將於{next_update}前公布進一步資訊。傳媒查詢：{contact_person}，{contact_email}。",
            ),
            _t(
                _K.REGULATOR_NOTICE,
                _EN,
                "Personal data breach notification: {organisation}, {incident_code}",
                "To {regulator},\n\n"
                "{organisation} notifies a personal data breach.\n\n"
                "Reference: {incident_code}\n"
                "Date of the breach: {occurred_date}\n"
                "Date we became aware: {reported_date}\n"
                "Nature of the breach: {facts}\n"
                "Categories of data concerned: {data_categories}\n"
                "Approximate number of people concerned: {affected_count}\n\n"
                "Measures taken or proposed to address the breach and mitigate its effects: {measures}\n\n"
                "Contact point for more information: {contact_person}, {contact_email}.\n\n"
                "Further information will be provided by {next_update}.",
            ),
            _t(
                _K.REGULATOR_NOTICE,
                _ZH,
                "個人資料外洩事件通報：{organisation}，{incident_code}",
                "致{regulator}：\n\n"
                "{organisation}謹此通報一宗個人資料外洩事件。\n\n"
                "事件編號：{incident_code}\n"
                "發生日期：{occurred_date}\n"
                "知悉日期：{reported_date}\n"
                "事件性質：{facts}\n"
                "涉及資料類別：{data_categories}\n"
                "受影響人數（約）：{affected_count}\n\n"
                "已採取或擬採取的處理及補救措施：{measures}\n\n"
                "聯絡人：{contact_person}，{contact_email}。\n\n"
                "我們將於{next_update}前提供進一步資料。",
            ),
        )
    }
)


def default_template(kind: TemplateKind | str, language: Language | str) -> CommunicationTemplate:
    return DEFAULT_TEMPLATES[(TemplateKind(kind), Language(language))]
