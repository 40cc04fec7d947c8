# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""The vocabulary of :mod:`ethlicense._classify`: regular expressions for binding force and for what is restricted.

Every pattern is case-insensitive English. Force: prohibitions, limits on the grant, obligations, and the words
that make a sentence a request, a statement or a disclaimer of force. Targets: persons and groups (with named
organizations), fields of endeavor, conduct, separate agreements, other software, distribution,
modification, products and technologies. Harmless kinds: notices, disclaimers, trademarks, permissions.
"""

from __future__ import annotations

import re
from typing import Final


def compile_cues(*alternatives: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile *alternatives* into one pattern that matches any of them."""
    return re.compile("|".join(f"(?:{alternative})" for alternative in alternatives), flags)


#: An HTML tag, a comment or a document type declaration: layout, never wording of a license.
HTML_TAG: Final = re.compile(
    r"<!--.{0,2000}?-->|<!doctype[^<>]{0,200}>"
    r"|</?(?:a|abbr|article|b|blockquote|body|br|code|div|em|footer|h[1-6]|head|header|hr|html|i|li|link|main"
    r"|meta|nav|ol|p|pre|section|small|span|strong|sub|sup|table|tbody|td|th|thead|title|tr|tt|u|ul)"
    r"(?:\s[^<>]{0,300})?/?>",
    re.IGNORECASE | re.DOTALL,
)

GROUP_NOUN: Final = (
    r"(?:persons?|people|individuals?(?!\s+(?:components?|files?|parts?|modules?|copies|items?|pieces?|sections?|works?|"
    r"packages?|programs?|features?|functions?|elements?|assets?)\b)|organi[sz]ations?|orgs|teams|patrons|officers|authorit(?:y|ies)|compan(?:y|ies)|corporations?|entit(?:y|ies)|"
    r"institutions?|governments?|agenc(?:y|ies)|departments?|ministr(?:y|ies)|firms?|businesses|employers?|"
    r"insurers?|lenders?|brokers?|retailers?|clubs?|pharmac(?:y|ies)|(?:trade\s+|labou?r\s+)?unions?|movements?|(?:investment|hedge|pension|wealth)\s+funds?|hospitals?|clinics?|ngos?|non-?profits?(?!\s+(?:scientific|academic|research|use|uses|purposes?|work|projects?|activit\w*|settings?|contexts?|education\w*)\b)|start-?ups?|"
    r"enterprises|corporates|multinationals?|conglomerates?|households?|minors|children|"
    r"employees?|members?|staff|contractors?|subcontractors?|vendors?|suppliers?|subsidiar(?:y|ies)|affiliates?|"
    r"citizens?|residents?|nationals?|militar(?:y|ies)(?!\s+(?:purposes?|uses?|applications?|ends|activit(?:y|ies)|"
    r"operations?|projects?|research|systems?|equipment|vehicles?|hardware|technolog(?:y|ies)|or\s+\w+\s+purposes?)\b)|"
    r"armed\s+forces|armies|army|navy|police(?:\s+forces?)?|"
    r"groups?|parties|part(?:y)|states|nations?|countries|banks?|universities|universit(?:y)|colleges?|schools?|"
    r"charit(?:y|ies)|associations?|foundations?|cooperatives?|co-operatives?|societ(?:y|ies)|"
    r"manufacturers?|producers?|operators?|providers?|customers?|clients?|users?\s+(?:from|in|located|based)|"
    r"competitors?|rivals?(?!\s+(?:(?:or|and)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?)?(?:editions?|products?|projects?|versions?|programs?|software|services?|forks?|apps?)\b)|"
    r"(?:law\s+enforcement|intelligence|security|defen[cs]e|immigration)\s+(?:agenc(?:y|ies)|services?|"
    r"bod(?:y|ies)|organi[sz]ations?|contractors?|forces?|authorit(?:y|ies)))(?![/\\])"
)

#: Agent nouns, read as classes of persons by their suffix (``journalists``, ``farmers``, ``physicians``), less a
#: closed list of -er nouns that name things or everyone.
AGENT_NOUN: Final = (
    r"(?!(?:users?|others?|servers?|computers?|containers?|headers?|folders?|browsers?|compilers?|drivers?|routers?|"
    r"players?|controllers?|scanners?|printers?|parameters?|numbers?|orders?|letters?|papers?|matters?|layers?|"
    r"buffers?|filters?|wrappers?|loaders?|parsers?|handlers?|answers?|powers?|waters?|corners?|registers?|"
    r"markers?|chapters?|containers?|whether|either|neither|rather|together|however|never|ever|over|under|after|"
    r"other|per|her|their|paper|offers?|transfers?|covers?)\b)[a-z]{2,}(?:ers|ists|ians|eurs)"
)

#: A subject that is no one of a listed class (``No bank, insurer or broker may...``): a prohibition aimed at
#: those persons.
_NO_CLASS_LIST: Final = (
    rf"\s+(?:[\w-]+,?\s+(?:(?:or|and|nor)\s+)?){{0,12}}?(?:{GROUP_NOUN}|{AGENT_NOUN}|bod(?:y|ies))\s+"
    r"(?:may|shall|shalt|can|is\s+(?:permitted|allowed|licen[cs]ed|authori[sz]ed))\s+(?!not\b)\w+"
)
NO_CLASS_SUBJECT: Final = rf"^\W*no{_NO_CLASS_LIST}"
#: The same, with a longer subject after the class (``No ministry of any state, nor its suppliers, may...``).
NO_CLASS_LONG_SUBJECT: Final = (
    rf"^\W*no\s+(?:[\w-]+,?\s+(?:(?:or|and|nor)\s+)?){{0,3}}?(?:{GROUP_NOUN}|{AGENT_NOUN})\b[^.;]{{0,120}}?"
    r"\b(?:(?:may|shall|shalt|can)\s+(?!not\b)\w+|(?:is|are)\s+(?:permitted|allowed|licen[cs]ed|authori[sz]ed|entitled)\s+to\b)"
)

PROHIBITION: Final = compile_cues(
    r"\b(?:may|shall|shalt|must|will|can|could)\s+(?:not|never)\b",
    r"\b(?:cannot|can't|mustn't|shan't|won't|cant|mustnt|shant)\b",
    r"\b(?:is|are)\s+not\s+(?:permit|allow)\s+to\b",
    r"\b(?:is|are|be|being)\s+(?:strictly\s+|expressly\s+|hereby\s+|explicitly\s+)?"
    r"(?:prohibited|forbidden|barred|banned|excluded|disallowed|denied|not\s+(?:permitted|allowed|authori[sz]ed"
    r"|licen[cs]ed|granted|given|extended|available|valid))\b",
    r"\bprohibit(?:s|ed)?\b",
    r"\bforbid(?:s|den)?\b",
    r"\bno\s+(?:one|person|entity|organi[sz]ation|company|individual|party|licensee|user|government|agency|"
    r"institution|business|corporation)\s+(?:may|shall|shalt|can|is\s+(?:permitted|allowed|licen[cs]ed|authori[sz]ed))\b",
    r"\bnobody\s+(?:may|shall|shalt|can)\b",
    NO_CLASS_SUBJECT,
    NO_CLASS_LONG_SUBJECT,
    r"^\W*(?:nobody|no\s+one|no\s+(?:person|entity|organi[sz]ation|company|business|individual)s?)\b[^.;]{1,80}?"
    r"\b(?:may|shall|shalt|can|is\s+(?:permitted|allowed|licen[cs]ed|authori[sz]ed))\s+(?!not\b)\w+",
    r"\bneither\s+(?!(?:a\s+)?(?:condition|restriction|requirement)\b)(?:[^.;]|\.(?=\s+[a-z])){1,120}?\bnor\s+"
    r"(?:[^.;]|\.(?=\s+[a-z])){1,120}?\b(?:may|shall|shalt|can|"
    r"is\s+(?:permitted|allowed|licen[cs]ed|authori[sz]ed)|are\s+(?:permitted|allowed|licen[cs]ed|authori[sz]ed)|"
    r"(?:has|have)\s+any\s+(?:licen[cs]e|rights?|permission))\b",
    r"\b(?:in\s+no\s+(?:event|case|circumstances?)|under\s+no\s+circumstances?)\s+(?:may|shall|shalt|can|will|is|are)\b"
    r"(?![^.;]{0,60}\b(?:liab|responsib|accountable|damages|warrant|claims?\b))",
    r"\bnot\s+to\s+(?:be\s+)?(?:use|deploy|distribut|sell|sold|modif|appl)\w*",
    r"\b(?:is|are)\s+(?:never|not)\s+to\s+be\b",
    r"\b(?:do|does)\s+not\s+(?:use|deploy|distribute|sell|run|apply\s+(?:it|this|the\s+software))\b",
    r"\bdon't\s+(?:use|deploy|distribute|sell|run)\b",
    r"\bnever\s+(?:be\s+)?(?:use|used)\b",
    r"\bno\s+(?:\w+\s+){1,3}?(?:may|shall|shalt|can)\s+(?:ever\s+)?be\b",
    r"\bnot\s+(?:for|to\s+be)\s+(?:use|used)\b",
)

EXCLUSION: Final = compile_cues(
    r"\b(?:license|licence|permission|grant|rights?|software)\b[^.;]{0,80}?\b(?:is|are|shall\s+be|will\s+be)\s+"
    r"(?:not|never)\s+(?:granted|given|extended|available|valid|licen[cs]ed)\b",
    r"\b(?:not|no\s+longer|never)\s+(?:granted|given|extended|licen[cs]ed|available)\s+(?:to|for)\b",
    r"\bno\s+(?:permission|licen[cs]e|rights?|grant)\s+(?:\w+\s+){0,3}?(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?"
    r"(?:granted|given|extended|conferred)\b",
    r"\b(?:does|do|shall|shalt|will)\s+not\s+(?:apply|extend|grant|cover|permit|allow|authori[sz]e|license)\s+(?:to|any|you)\b",
    r"\b(?:terminat(?:e|es|ed|ion)|revok(?:e|ed|es)|revocation|forfeit(?:s|ed)?|withdrawn|null\s+and\s+void)\b",
    r"\blos(?:e|es|ing)\s+(?:the|any|all|your|its|their)\s+(?:rights?|licen[cs]e|permission)",
    r"\bexclud(?:e|es|ed)\s+from\b",
    r"\b(?:grant|licen[cs]e|licence|permission|rights?|terms)\s+(?:\w+\s+){0,2}?exclud(?:es|e)\b",
    r"\b(?:outside|beyond)\s+the\s+scope\s+of\s+(?:this|the)\s+licen[cs]e\b",
    r"\b(?:lies?|falls?|is|are)\s+outside\s+(?:the|this)\s+(?:grant|licen[cs]e|permissions?)\b",
    r"\b(?:does|do|shall|shalt|will)\s+not\s+(?:cover|extend\s+to|apply\s+to)\b",
    r"\b(?:is|are)\s+(?:exclusively\s+|solely\s+)?reserved\s+(?:for|to)\b",
    r"\bcondition\s+of\s+(?:any\s+)?(?:redistribution|distribution|use|using|copying|running|modification)\b",
    r"\b(?:is|are)\s+unlicen[cs]ed\b",
    r"\b(?:is|are)\s+not\s+(?:a|an|the)\s+licensees?\b",
    r"\bnot\s+covered\s+by\s+(?:this|the)\s+licen[cs]e\b",
    r"\b(?:receives?|gets?|has|have|acquires?|obtains?|grants?|gives?|confers?)\s+no\s+(?:rights?|licen[cs]e|"
    r"permissions?)\b",
    r"\b(?:is|are|becomes?|become|shall\s+be|will\s+be)\s+(?:null\s+and\s+)?void\b",
    r"\bwith(?:h[eo]ld|held)\b",
    r"\b(?:may|can|shall|shalt|must)\s+(?:be\s+)?only\b",
    r"\b(?:may|can|shall|shalt|must)\s+be\s+\w+ed\s+only\b",
    r"\bonly\s+(?:be\s+)?(?:used|permitted|licen[cs]ed|granted|allowed|available|run|deployed|distributed)\b",
    r"\b(?:is|are)\s+(?:granted|given|licen[cs]ed|permitted|available|provided|released)\s+(?:only|solely|exclusively)\b",
    r"\b(?:solely|exclusively)\s+(?:for|by|to|within|in)\b",
    r"\b(?:is|are)\s+(?:strictly\s+)?(?:limited|restricted)\s+to\b",
    r"\b(?:purposes?|uses?)\s+only\b",
    r"\bonly\s+(?:for|by|within)\s+(?:non|personal|private|academic|educational|research|evaluation|internal|"
    r"peaceful|humanitarian|civilian|charitable|individual|hobby|testing)",
    r"\bcondition(?:al)?\s+(?:on|upon|of)\s+(?:the|your|this|its|each|every|use)\b",
    r"\bconditional\s+(?:on|upon)\b",
    r"\b(?:as\s+a|on)\s+condition\b",
    r"\bonly\s+(?:after|once|upon|when|if|with)\b",
    r"\bon\s+(?:the\s+)?condition\s+that\b",
    r"\bno\s+longer\s+(?:appl(?:y|ies)|valid|in\s+(?:force|effect))\b",
    r"\b(?:does|do|shall|will)\s+not\s+(?:permit|allow|authori[sz]e)\s+\w+ing\b",
    r"\b(?:is|are)\s+not\s+licen[cs]ed\b",
    r"\bno\s+other\s+(?:[\w-]+\s+){0,3}?(?:is|are|shall\s+be|becomes?)\s+(?:a\s+|an?\s+)?licensees?\b",
    r"\bno\s+(?:other|further|additional)\s+(?:rights?|licen[cs]es?|permissions?)\s+(?:is|are)\s+(?:hereby\s+)?"
    r"(?:granted|given|conveyed|conferred)\b",
)

OBLIGATION: Final = compile_cues(
    r"\b(?:must|shall|shalt|gotta)\b(?!\s+(?:mean|refer\s+to|have\s+the\s+(?:same\s+)?meaning)\b)",
    r"\b(?:have|has|you've|you\s+have)\s+got\s+to\b",
    r"\b(?:is|are)\s+(?:required|obliged|obligated|bound)\s+to\b",
    r"\bagrees?\s+(?:to|that|not)\b",
    r"\b(?:is|are|shall\s+be|will\s+be|becomes?|falls?)\s+(?:due|payable|owed|owing)\b",
    r"\bundertakes?\s+to\b",
    r"\bprovided\s+(?:always\s+|further\s+|however\s+|only\s+)?that\b",
    r"\bsubject\s+to\s+the\s+(?:following\s+)?(?:conditions?|restrictions?|requirements?)\b",
    r"\brequire[sd]?\b",
    r"\bneeds?\s+(?:the\s+|a\s+|an\s+)?(?:purchase|payment|acquisition|signing|execution|acceptance)\s+of\b",
    r"(?<!\bif\s)(?<!\bIf\s)(?<!\bwhen\s)(?<!\bWhen\s)(?<!\bwhenever\s)(?<!\bunless\s)"
    r"\b(?:you|licensees?|users?|the\s+licensee|recipients?)\s+(?:will\s+)?(?:need|needs|have|has)\s+to\b",
    r"\bneeds?\s+(?!no\b|not\b)(?:\w+\s+){0,2}?(?:permission|consent|approval|licen[cs]e|authori[sz]ation|agreement)\b",
    r"\bconstitutes?\s+(?:your\s+)?(?:acceptance|agreement|consent)\b",
    r"\bby\s+(?:using|downloading|installing|copying|running)\b[^.;]{0,60}?\byou\s+(?:agree|accept|consent)\b",
)

REQUEST: Final = compile_cues(
    # Where to report problems (``Report security problems to sec@example.org``): an address, no condition.
    r"^\W*(?:please\s+)?(?:report|send|direct|address|mail|e-?mail)\s+(?:any\s+|all\s+|your\s+)?(?:security\s+)?(?:issues?|problems?|"
    r"bugs?|vulnerabilit(?:y|ies)|questions?|reports?|enquiries|inquiries|feedback)\b[^.;]{0,40}?\bto\s+\S+@\S+",
    r"\b(?:consult|ask|see|talk\s+to)\s+(?:a|your|an)\s+(?:own\s+)?(?:lawyer|attorney|legal\s+(?:counsel|adviser|advisor))\b",
    r"\b(?:please|kindly|politely|respectfully)\b(?!\s+(?:note|be\s+aware|remember|keep\s+in\s+mind|understand|"
    r"observe|be\s+advised|take\s+note|mind)\b)",
    r"\b(?:we|i)\s+(?:would\s+|'d\s+|do\s+|also\s+)?(?:kindly\s+|politely\s+|respectfully\s+|strongly\s+|"
    r"humbly\s+|also\s+)?(?:ask|request|urge|encourage|invite|implore|beg|prefer|recommend|suggest|appreciate|"
    r"welcome|like|love|hope|wish|would\s+rather)\b",
    r"\b(?:would|will)\s+be\s+(?:nice|great|appreciated|welcome|grateful|thankful|glad|happy)\b",
    r"\b(?:is|are)\s+(?:much\s+|greatly\s+|always\s+)?(?:appreciated|welcome|encouraged|requested)\b",
    r"\bif\s+you\s+(?:can|could|like|wish|want|would|are\s+able)\b",
    r"\bconsider(?:ing)?\s+(?:not\s+)?(?:using|donating|contributing|sponsoring|supporting|giving|telling|"
    r"letting|sending|sharing|citing|mentioning|crediting|buying)\b",
    r"\b(?:our|my|this|a)\s+(?:request|plea|wish|suggestion|recommendation|appeal)\b",
    r"\bwe'd\s+(?:rather|prefer|love|like|appreciate)\b",
    # A sentence that is only an address to write to (``Questions? Write to a@b.example.``): a contact, which asks
    # nothing of anyone; not one that asks more ("Email us and wait for a yes").
    r"^\W*(?:write|e-?mail|mail|contact|reach)\s+(?:to\s+|us\s+(?:at\s+)?|me\s+(?:at\s+)?|at\s+)?(?:\w+\s+)?"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\s.)]*$",
)

NOT_BINDING: Final = compile_cues(
    # A summary or note that says it is no license (``It is not itself a license``).
    r"^\W*(?:it|this|that|the\s+(?:summary|overview|explanation|note|text|readme|faq)(?:\s+above|\s+below)?)\s+is\s+not\s+"
    r"(?:itself\s+|in\s+itself\s+)?(?:a|an|the)\s+(?:licen[cs]e|legal\s+(?:text|document)|contract|agreement)\b",
    # What the sentence before is, and is not (``That is a statement of fact only and not a restriction``).
    r"^\W*(?:that|this|it|these|those|the\s+above)\s+(?:is|are)\s+(?:\w+\s+){0,5}?(?:and|but)\s+not\s+(?:a|an|any)\s+"
    r"(?:legal\s+|binding\s+)?(?:condition|requirement|restriction|obligation|term|limitation)s?\b",
    # A wish whose maker is named before it is disclaimed (``a personal wish of the author and not a condition``).
    r"\b(?:wish|request|suggestion|hope|plea|favou?r|recommendation)\b[^.;]{0,40}?\b(?:and|but)\s+not\s+(?:a|an|any)\s+"
    r"(?:legal\s+|binding\s+)?(?:condition|requirement|restriction|obligation|term)s?\b",
    r"\b(?:wish|request|suggestion|hope|plea|favou?r|recommendation),?\s+(?:and\s+)?not\s+a\s+(?:condition|requirement|"
    r"obligation|term)\b",
    r"\bnothing\b[^.;]{0,80}?\b(?:shall|shalt|will|may|should|is\s+to)\s+be\s+(?:construed|interpreted|deemed|read|understood)\b",
    # Not a grant read as not reaching someone (``the grant shall not be read as extending to them``): that excludes.
    r"\b(?:shall|shalt|will|may|is)\s+not\s+(?:to\s+)?be\s+(?:construed|interpreted|deemed|read|understood)\s+(?:as|to)\b"
    r"(?!\s+(?:extend\w*|apply\w*|appl(?:y|ies|ied)|reach\w*|cover\w*|benefit\w*|includ\w*|be\s+available|"
    r"(?:being\s+)?(?:granted|given|available|extended))\s+to\b)"
    # Nor a grant read as not including a right (``shall not be construed to include, the right to use it to ...``).
    r"(?!\s+includ\w*\W+(?:[\w-]+\W+){0,6}?(?:rights?|permissions?|licen[cs]es?|freedoms?)\s+to\b)",
    r"\b(?:is|are|be|was)\s+not\s+(?:a\s+|an\s+|any\s+)?(?:legal\s+)?(?:condition|requirement|restriction|"
    r"obligation|term|limitation|precondition)s?\b",
    r"\b(?:this|that|the|these|such)\s+(?:\w+\s+){0,2}?(?:file|text|notice|section|paragraph|readme|notes?|statement|"
    r"request|document|preamble|addendum|sentence|words|message|page|summary|overview|explanation|introduction|faq)\s+(?:is|are)\s+"
    r"not\s+(?:a\s+)?part\b",
    r"^\W*(?:this|it)\s+is\s+not\s+(?:a\s+)?part\b",
    # Something outside the license (``it forms no part of this license and places no conditions on the use``).
    r"\b(?:this|it|they|that|which)\s+(?:forms?|is|are)\s+no\s+part\s+of\s+(?:this|the)\s+licen[cs]e\b",
    r"\bnot\s+(?:legally\s+)?(?:binding|enforceable|mandatory|obligatory)\b",
    r"\b(?:not|never)\s+(?:\w+\s+){1,3}?(?:a|an|any)\s+(?:legal\s+|binding\s+)?(?:condition|requirement|"
    r"restriction|obligation)s?\b",
    r"\b(?:non|not)[-\s]binding\b",
    r"\bno\s+(?:legal\s+)?(?:effect|force|obligation|weight)\b",
    r"(?<!\byou\s)(?<!\bYou\s)(?<!\bYOU\s)(?<!\blicensee\s)(?<!\bLicensee\s)(?<!\brecipients\s)(?<!\bRecipients\s)"
    r"(?<!\busers\s)(?<!\bUsers\s)(?<!\bthey\s)(?<!\bThey\s)"
    r"\b(?:does|do|will|shall|shalt|should|can|must)\s+not\s+(?:in\s+any\s+way\s+)?(?:modify|change|alter|amend|affect|"
    r"limit|restrict|add\s+to|supplement|form\s+(?:a\s+)?part|become\s+(?:a\s+)?part|override|supersede|"
    r"reduce|narrow|condition|qualify)\b(?=[^.;]{0,60}?\b(?:licen[cs]es?|terms|grant|rights?|permissions?|"
    r"conditions?|obligations?|agreement|freedoms?|anything|it)\b|\s*[.;]?\s*$)",
    r"\b(?:doesn't|don't|won't)\s+(?:modify|change|alter|affect|limit|restrict|add\s+to)\b",
    r"\bin\s+no\s+way\s+(?:modif|limit|restrict|affect|alter|chang|condition)\w*",
    r"\bnot\s+intended\s+(?:as|to\s+be|to)\s+(?:a\s+)?(?:condition|restriction|requirement|term|legal|"
    r"binding|modif|limit|restrict)",
    r"\bneither\s+(?:a\s+)?(?:condition|restriction|requirement)\b",
    # Not a use that falls outside the license (``any such use falls outside the licence``): that use is not licensed.
    r"(?<!\bfalls\s)(?<!\bfall\s)(?<!\blies\s)(?<!\blie\s)(?<!\bfalling\s)"
    r"\b(?:outside|separate\s+from|independent(?:ly)?\s+of|apart\s+from|in\s+addition\s+to)\s+(?:of\s+)?the\s+"
    r"(?:license|licence|licensing|terms)\b",
    r"\b(?:nothing|no\s+part)\s+(?:here|in\s+this)\w*\s+(?:\w+\s+){0,3}?(?:limits|restricts|modifies|changes|"
    r"affects|alters)\b",
    r"\bwhether\s+or\s+not\s+you\b",
    r"\b(?:you|users?|licensees?)\s+(?:may|can)\s+(?:still\s+)?(?:ignore|disregard|decline)\b",
    r"\b(?:entirely\s+|purely\s+|strictly\s+)?(?:voluntary|optional)\b",
    r"\bat\s+your\s+(?:own\s+)?(?:discretion|option|choice)\b",
    r"\b(?:is|are)\s+not\s+(?:required|obliged|obligated|bound)\s+to\b",
    r"\bno\s+(?:such\s+)?(?:obligation|requirement)\b",
    r"\b(?:this|the)\s+licen[cs]e\s+(?:does\s+not|doesn't|places?\s+no|makes?\s+no|imposes?\s+no|sets?\s+no|"
    r"contains?\s+no|has\s+no)\s+(?:\w+\s+){0,2}?(?:prohibit|forbid|restrict|limit|distinction|restriction|condition|"
    r"exclu)\w*",
    r"\bno\s+one\s+is\s+excluded\b",
    r"\b(?:restriction|condition|term|clause|requirement|prohibition)s?\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:dropped|removed|lifted|withdrawn|repealed|deleted)\b",
    r"\bnot\s+to\s+(?:the\s+)?(?:users?|licensees?|recipients?|redistributors?)\b",
    r"\bno\s+(?:\w+\s+){0,4}?(?:is|are|shall\s+be|will\s+be)\s+(?:due|payable|owed|charged)\b",
    r"\b(?:remains?|stays?|is\s+still|are\s+still)\s+(?:fully\s+)?(?:available|licen[cs]ed|free|granted)\b",
    r"\bunder\s+the\s+(?:same\s+)?terms\s+(?:above|below)\s+(?:either\s+way|regardless)\b",
)

#: A sentence set against the one before it (``Running it in production, however, requires ...``): what it binds
#: is an exception to what came before, so a disclaimer before it does not cover it.
CONTRASTED: Final = compile_cues(
    r"^\W*(?:but|however|nevertheless|nonetheless|yet|by\s+contrast|on\s+the\s+other\s+hand)\b",
    r"^[^.;]{1,80}?,\s*(?:however|nevertheless|nonetheless|by\s+contrast|on\s+the\s+other\s+hand)\s*,",
)

#: A disclaimer of force that names what it covers, so that it reaches beyond its own paragraph.
NOT_BINDING_REFERENT: Final = compile_cues(
    r"\b(?:this|the|these|those|such|above|preceding|following)\s+(?:\w+\s+){0,2}?(?:requests?|statements?|"
    r"sections?|notes?|paragraphs?|wishes|words|text|appeal|plea|messages?|preamble|addendum|preface|values)\b",
)

STATEMENT: Final = compile_cues(
    # The makers named by what they do (``The people who maintain this project believe``, ``Our team is committed``).
    r"\b(?:the\s+)?(?:people|persons|team|volunteers|those|folks)\s+(?:who|that)\s+(?:maintain|develop|wrote|write|built|"
    r"created|run)\s+(?:this|the)\s+(?:project|software|library|program|code|tool)\s+(?:(?:strongly|firmly|deeply|also)\s+)?"
    r"(?:believe|think|feel|hope|hold|want|are\s+committed|oppose)\b",
    r"\b(?:our|the)\s+(?:team|maintainers|authors|developers|community|project)\s+(?:is|are)\s+(?:committed|dedicated|"
    r"proud|opposed|convinced)\b",
    r"\b(?:we|i)\s+(?:(?:strongly|firmly|deeply|also)\s+)?(?:believe|think|feel|hold|stand|oppose|support|"
    r"condemn|value|care|aim|strive|want|hope|reject|denounce|wrote|built|made|created|started)\b",
    r"\b(?:we|i)\s+(?:are|am)\s+(?:committed|opposed|proud|grateful|against|convinced|dedicated)\b",
    r"\b(?:our|my)\s+(?:values?|beliefs?|views?|position|mission|commitment|hope|intentions?|stance|principles|"
    r"goal|aim|motivation|conviction)\b",
    r"\bin\s+(?:our|my)\s+(?:view|opinion)\b",
    r"\b(?:is|was)\s+(?:dedicated|written|built|created|made|developed|maintained)\s+(?:to|by|in|with|for)\b",
    r"\bin\s+memory\s+of\b",
    r"\bthank(?:s|\s+you)?\b",
    r"\backnowledg",
    r"\bstatement\s+of\b",
    r"\b(?:is|are)\s+provided\s+(?:here\s+)?(?:for|as\s+a)\s+(?:your\s+)?(?:convenience|reference|information)\b",
)

CONTRIBUTION: Final = compile_cues(
    r"\b(?:contribut(?:e|es|ed|ing|ion|ions|or|ors)|pull\s+requests?|patch(?:es)?|merge\s+requests?|"
    r"developer\s+certificate\s+of\s+origin|signed[-\s]off[-\s]by|sign[-\s]off)\b",
    r"\b(?:CLA|DCO)\b",
)

THIRD_PARTY: Final = compile_cues(
    r"(?<!\bby\s)(?<!\bby\sa\s)(?<!\bfrom\sa\s)\bthird[-\s]part(?:y|ies)\b(?!\s+(?:provider|cloud|host|hosting|service))",
    r"\b(?:bundles?|bundled|vendored)\b",
    r"\b(?:includes|contains|incorporates|bundles|ships\s+with|redistributes|embeds)\s+(?:\w+\s+){0,2}?"
    r"(?:code|software|components?|portions?|parts?|files?|librar(?:y|ies)|a\s+copy|copies|modules?|packages?|"
    r"fonts?|icons?|data|work)\b",
    r"\bportions?\s+(?:of\s+(?:this|the)\s+\w+\s+)?(?:are|is)\s+(?:copyright|licen[cs]ed|derived|based|taken|\(c\))",
    r"\b(?:derived|adapted|taken|copied|forked|ported)\s+from\b",
    r"\b(?:originally|initially)\s+(?:written|developed|created|licen[cs]ed|released|published)\b",
    r"\b(?:is|are)\s+(?:licen[cs]ed|distributed|released|available|covered)\s+under\s+(?:its|their|a\s+different|"
    r"separate|the\s+following|other|different)\b",
    r"\bunder\s+(?:its|their)\s+own\s+licen[cs]es?\b",
    r"\bsee\s+(?:the\s+)?(?:accompanying\s+|included\s+)?(?:file\s+)?['\"]?(?:THIRD|NOTICE|CREDITS|AUTHORS)",
)

LICENSE_NOTICE: Final = compile_cues(
    r"\b(?:licen[cs]ed|released|distributed|available|provided|published|offered|dual[-\s]licen[cs]ed)\s+under\s+"
    r"(?:either\s+)?(?:the\s+)?(?:terms\s+of\s+(?:the\s+|either\s+)?)?(?:mit|bsd|apache|gnu|gpl|lgpl|agpl|"
    r"mozilla|mpl|eclipse|isc|zlib|boost|unlicense|creative\s+commons|cc0|artistic|python|psf|"
    r"(?:above|following|same|this|these|both)\s+licen)",
    r"\byou\s+may\s+obtain\s+a\s+copy\s+of\s+the\s+licen[cs]e\b",
    r"\bspdx-license-identifier\b",
    r"\bsee\s+(?:the\s+)?(?:file\s+)?['\"]?(?:LICENSE|COPYING|UNLICENSE)",
    r"\bthis\s+(?:program|library|file|software|project|package|work)\s+is\s+free\s+software\b",
    r"\bin\s+compliance\s+with\s+the\s+licen[cs]e\b",
    r"\bthe\s+(?:full\s+)?(?:text|terms)\s+of\s+(?:the|this|each)\s+licen",
    r"\bat\s+your\s+option\b",
    r"\b(?:either|or)\s+version\s+\d",
    r"\bthe\s+licen[cs]e\s+(?:below|above|that\s+follows|in\s+this\s+file)\s+appl(?:y|ies)\s+to\s+(?:every|all|each|any)\s+"
    r"(?:[\w-]+\s+)?files?\b",
)

DISCLAIMER: Final = compile_cues(
    r"\bwarrant(?:y|ies)\b",
    r"\bas\s+is\b",
    r"\bliab(?:le|ility)\b",
    r"\bdamages\b",
    r"\bmerchantab",
    r"\bfitness\s+for\s+a\s+particular\b",
    r"\bindemnif",
    r"\bat\s+(?:your|their)\s+own\s+risk\b",
    r"\bno\s+guarantee",
    r"\bprovided\s+without\s+(?:any\s+)?(?:support|warrant|guarantee|maintenance)",
    r"\b(?:comes?|come|provided|shipped|supplied)\s+with\s+no\s+(?:support|warrant\w*|guarantee\w*|maintenance)",
    r"\b(?:in\s+no\s+(?:event|case)|under\s+no\s+circumstances?)\b[^.;]{0,60}?\b(?:responsib|accountab|liab)",
    r"\b(?:not|never)\s+(?:be\s+)?(?:held\s+)?(?:responsible|accountable)\b",
    r"\bmake\s+no\s+(?:representations?|claims?|promises?)\b",
    r"\bno\s+(?:support|maintenance|updates?|help|service)\b[^.;]{0,30}?\b(?:is|are)\s+(?:\w+\s+)?(?:promised|guaranteed|"
    r"provided|offered)\b",
    r"\b(?:cannot|can't|may\s+not|will\s+not)\s+hold\s+(?:us|the\s+authors?|them|anyone|anybody|the\s+\w+)\s+"
    r"(?:responsible|liable|accountable)\b",
    r"\b(?:has|have|is|are|was|were)\s+not\s+(?:been\s+)?(?:certified|validated|approved|audited|tested|reviewed|"
    r"evaluated|verified)\s+(?:for|by|as|to|against)\b",
    r"\b(?:is|are|was|were)\s+not\s+(?:designed|intended|meant|built|suitable|fit|made)\s*(?:,?\s*(?:or|and|nor)\s+"
    r"(?:\w+\s+)?(?:designed|intended|meant|built|suitable|fit|made|certified|tested)\s*)?(?:for|to\s+be\s+used|to\s+serve)\b",
)

TRADEMARK: Final = compile_cues(
    r"\b(?:trademarks?|trade\s+marks?|service\s+marks?|logos?|trade\s+names?|trade\s+dress)\b",
    r"\bendorse",
    r"\bpromote\s+products\b",
    r"\badvertising\s+or\s+publicity\b",
)

PERMISSION: Final = compile_cues(
    r"\b(?:is|are)\s+(?:hereby\s+)?(?:also\s+|expressly\s+|explicitly\s+|likewise\s+|all\s+|both\s+)?(?:granted|permitted|"
    r"allowed)\b",
    r"\byou\s+(?:may|can|are\s+(?:free|welcome|allowed|permitted)\s+to)\b",
    r"\bpermission\s+is\s+(?:hereby\s+)?(?:also\s+)?granted\b",
    r"\b(?:additional|extra|further)\s+permissions?\b",
    r"\bfeel\s+free\b",
    r"\bas\s+a\s+special\s+exception\b",
    r"\b(?:may|can)\s+be\s+(?:used|copied|modified|distributed|shared)\b",
    r"\bappl(?:y|ies)\s+(?:equally|alike)\s+to\b",
)

EXEMPTION: Final = compile_cues(
    r"\b(?:this|the|that|these|such|above|each)\s+(?:\w+\s+)?(?:conditions?|restrictions?|clauses?|prohibitions?|"
    r"limitations?|sections?|paragraphs?|terms?)\s+(?:above\s+|below\s+)?(?:does|do|shall|shalt|will)\s+not\s+(?:apply|restrict|cover|"
    r"prevent|prohibit|limit|forbid)\b",
    r"\bnothing\s+in\s+(?:this|these)\s+(?:\w+\s+)?(?:conditions?|restrictions?|clauses?|sections?|paragraphs?)\s+"
    r"(?:\w+\s+)?(?:restricts|prevents|prohibits|limits|forbids)\b",
    r"\b(?:is|are)\s+not\s+(?:use|a\s+use|considered|deemed|a\s+violation|a\s+breach)\b",
    r"\bnone\s+of\s+the\s+following\s+makes\b",
)

DEFINITION: Final = compile_cues(
    r"^\s*(?:in\s+this\s+(?:\w+\s+){0,3}?,?\s*)?['\"“]?[\w][\w\s\-'\u2019]{0,60}['\"”]?\s+(?:means|refers\s+to|shall\s+mean|"
    r"is\s+defined\s+as|includes)\b",
)

COPYRIGHT_LINE: Final = compile_cues(
    r"^\s*(?:(?:portions?\s+)?copyright\b|\(c\)(?!\s+(?:you|the|licensees?|no|not|any|all|each|if|to|it|in|that|this|"
    r"such|may|must|shall)\b)|©|all\s+rights\s+reserved|spdx-filecopyrighttext|"
    r"copyright\s+\(c\))",
)

#: A copyright line with its year (``Copyright 2023 Example B.V.``), never a sentence of prose.
DATED_COPYRIGHT_LINE: Final = compile_cues(
    r"^\s*(?:copyright|\(c\)|\u00a9)\s*(?:\(c\)|\u00a9)?\s*(?:\d{4})(?:\s*[-,\u2013]\s*\d{4})*\b[^\n]{0,120}$",
)

#: Phrases of the standard notices that apply a license to a file (Apache's, the GNU licenses'): they bind no
#: one beyond the license they point to.
NOTICE_PHRASE: Final = compile_cues(
    r"\bcopies\s+of\s+this\s+licen[cs]e\s+document,?\s+but\s+changing\s+it\s+is\s+not\s+allowed\b",
    r"\bexcept\s+in\s+compliance\s+with\s+the\s+licen[cs]e\b",
    r"\byou\s+may\s+obtain\s+a\s+copy\s+of\s+the\s+licen[cs]e\b",
    r"\bunless\s+required\s+by\s+applicable\s+law\s+or\s+agreed\s+to\s+in\s+writing\b",
    r"\bsee\s+the\s+licen[cs]e\s+for\s+the\s+specific\s+language\b",
    r"\bwithout\s+even\s+the\s+implied\s+warranty\b",
    r"\b(?:can|may)\s+redistribute\s+it\s+and/or\s+modify\s+it\s+under\s+the\s+terms\b",
    r"\byou\s+should\s+have\s+received\s+a\s+copy\b",
)

#: Obligations to keep notices, which every permissive license already has.
NOTICE_RETENTION: Final = compile_cues(
    r"\b(?:retain|reproduce|include|keep|preserve|contain|appear\s+in)(?:s|ed|ing)?\b[^.;]{0,60}?\b(?:copyright|"
    r"permission|licen[cs]e|attribution|warranty|disclaimer)\s+(?:notices?|text|statements?|lines?|and\s+this)",
    r"\b(?:retain|reproduce|keep|preserve)(?:s|ed|ing)?\s+(?:this|the|these|that|all|any)\s+(?:copyright\s+|"
    r"licen[cs]e\s+)?notices?\b",
    r"\b(?:copyright|permission|licen[cs]e)\s+notices?\b[^.;]{0,80}?\b(?:shall|shalt|must|should)\s+(?:be\s+)?"
    r"(?:included|retained|reproduced|kept|preserved|appear)",
    r"\b(?:copyright|permission|licen[cs]e)\s+(?:notices?|lines?|statements?|headers?)\s+(?:stays?|remains?|is\s+kept|are\s+kept)\s+(?:in|intact|there|"
    r"in\s+place|with\s+(?:it|them|the\s+\w+|every\s+cop(?:y|ies)|each\s+copy))\b",
)

STRUCTURE_LINE: Final = re.compile(r"^\s*(?:`{3,}\w*|~{3,}\w*|[-=*_#~+]{3,}|--|==|#+|\.|\*)\s*$")

USE_VERB: Final = (
    r"(?:use|used|uses|using|usage|utili[sz]\w*|deploy\w*|employ(?:ed|s|ing)?(?!\s+by\b)|run|runs|running|"
    r"operat(?:e|es|ed|ing)|appl(?:y|ied|ies|ying)|exploit(?:s|ed|ing)?|incorporat(?:e|es|ed|ing)|"
    r"integrat(?:e|es|ed|ing)|leverag(?:e|es|ed|ing)|install(?:s|ed|ing)?|execut(?:e|es|ed|ing))"
)

PURPOSE_VERB: Final = (
    r"(?:develop|design|build|create|make|produce|manufacture|operate|power|run|enable|facilitate|assist|aid|"
    r"help|support|conduct|carry\s+out|plan|target|track|monitor|identify|surveil|spy|harm|hurt|kill|injure|"
    r"attack|promote|advertise|mine|train|discriminate|violate|exploit|manipulate|deceive|defraud|generate|"
    r"profit|extract|drill|detain|deport|imprison|censor|persecute|oppress|harass|abuse|pollute|destroy|wage|"
    r"process|analy[sz]e|collect|sell|market|host|screen|rank|score|profile|evaluate|assess|hire|recruit|dismiss|"
    r"deny)"
)

#: A sentence whose subject is some class of people or organizations and whose verb denies them the software
#: (``Social media platforms with more than fifty million users may not make use of the Software``). Subjects
#: that are the software, its copies, the licensee in general or everyone are not a class.
SUBJECT_DENIED: Final = (
    r"^\W*(?!(?:(?:the|this|that|these|such|any|all|each|every|no|its|a|an)\s+)?(?:software|programs?|works?|code|"
    r"librar(?:y|ies)|licen[cs]e[ed]?s?|you|users?|recipients?|copies|cop(?:y|ies)|modif\w*|derivative|derived|"
    r"versions?|products?|it|they|we|i|source|binar(?:y|ies)|documentation|files?|one|body|person|persons|party|"
    r"parties|entity|entities|individual|individuals|nobody|anyone|anybody|everyone|everybody|none|neither|in|under|"
    r"at|if|when|unless|except)\b)(?:(?!(?:you|licensees?|we|i|they|it)\b)[\w'&.-]+,?\s+){1,12}?(?:may|shall|shalt|"
    r"must|can|will)\s+(?:not|never)\s+"
    r"(?:\w+\s+){0,2}?(?:use|make\s+use|run|deploy|install|exercise|access|benefit|receive|obtain)\b"
)

#: A count, in digits or in words (``250``, ``1,000``, ``ten``, ``a hundred``).
_COUNT: Final = (
    r"(?:\d[\d,.]*(?:\s*(?:k|m|thousand|million|billion))?|(?:a\s+|one\s+)?(?:hundred|thousand|million)|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|(?:two|three|four|five|ten|twenty|fifty)\s+(?:hundred|thousand))"
)

#: Who the licensee is, as a condition: its organisation, its size. Says whom a restriction reaches; when the
#: restriction is an agreement those licensees must enter, the agreement is what is restricted.
IDENTITY_CONDITION: Final = compile_cues(
    r"\b(?:if|where|when|unless|while)\s+(?:your|the\s+licensee'?s?|its)\s+(?:organi[sz]ation|company|employer|"
    r"business|team|firm|entity|group|household)",
    r"\b(?:revenue|turnover|headcount|market\s+capitali[sz]ation|number\s+of\s+(?:employees|staff|users|people|"
    r"members))\b[^.;]{0,40}?\b(?:above|over|exceed(?:s|ing|ed)?|more\s+than|greater\s+than|under|below|less\s+than|"
    r"fewer\s+than)\b",
    rf"\b(?:under|fewer\s+than|less\s+than|more\s+than|over|above|below|at\s+least|at\s+most|up\s+to|exceeding)\s+"
    rf"(?:(?:usd|eur|gbp|chf|us\$|[$\u20ac\u00a3])\s*)?{_COUNT}\s*(?:(?:usd|eur|gbp|chf|dollars?|euros?|pounds?)\s+)?"
    r"(?:in|of)\s+(?:\w+\s+){0,2}?(?:revenue|turnover|sales|income|receipts)\b",
    rf"\b(?:under|fewer\s+than|less\s+than|more\s+than|over|above|below|at\s+least|at\s+most|up\s+to)\s+{_COUNT}\s+"
    rf"(?:(?:full-time|part-time|paid|active|registered|permanent)\s+)?(?:{GROUP_NOUN}|employees|staff|workers|"
    r"people|users|seats|members)\b",
)

#: Things a grant may be kept to, which are no class of persons (``compiled binaries``, ``copies``, ``uses``).
_THINGS: Final = (
    r"(?:binaries|builds|executables|copies|versions|files|releases|packages|archives|forms|formats|purposes|uses|"
    r"platforms|devices|systems|computers|machines|products|components|modules|libraries|distributions|bundles|works|"
    r"modifications|changes|derivatives|installations|deployments|instances|servers)"
)

PERSONS: Final = compile_cues(
    rf"^\W*(?:all\s+|any\s+)?{GROUP_NOUN}(?:\s+(?:and|or)\s+{GROUP_NOUN})?\s+(?:named|listed|designated|identified|included)\s+"
    r"(?:on|in)\b",
    # A grant kept to a defined class (``granted to Eligible Licensees and to no one else``).
    r"\bto\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+\s+){1,3}(?:and|but)\s+(?:to\s+)?(?:no\s+one|nobody|none|no\s+other\s+"
    r"(?:person|party|entity|one))(?:\s+else)?\b",
    r"\b(?:only|solely|exclusively)\s+to\s+(?:(?-i:[A-Z])[\w-]+\s+)?(?-i:(?:Eligible|Qualified|Qualifying|Permitted|"
    r"Authori[sz]ed|Approved|Covered)\s+(?:Licensees|Users|Persons|Entities|Organi[sz]ations))\b",
    rf"^\W*no\b(?={_NO_CLASS_LIST})",
    rf"[,;]\s*(?:and\s+)?no\b(?={_NO_CLASS_LIST})",
    rf"^\W*no\s+(?:[\w-]+,?\s+(?:(?:or|and|nor)\s+)?){{0,3}}?(?:{GROUP_NOUN}|{AGENT_NOUN})\b"
    r"(?=[^.;]{0,120}?\b(?:may|shall|shalt|can)\s+(?!not\b)\w+)",
    rf"\bby\s*:\s*(?:\(?[a-z0-9]{{1,3}}[.)]\s*)?(?:(?:any|all|the|a|an|every|each)\s+)?(?:[\w-]+,?\s+(?:or\s+|and\s+)?)"
    rf"{{0,4}}?(?:{GROUP_NOUN}|{AGENT_NOUN})\b",
    rf"^\W*only\s+(?:[\w-]+\s+){{0,6}}?(?:{GROUP_NOUN}|{AGENT_NOUN})\b(?=[^.;]{{0,80}}?\b(?:may|can|shall|shalt|are|"
    r"is)\b)",
    # Persons, not things (``extends to compiled binaries only``: the source, not a class).
    rf"\b(?:granted|given|licen[cs]ed|extended|extends?|appl(?:y|ies)|available|offered|reserved)\s+to\s+(?:the\s+)?"
    rf"(?!(?:[\w-]+\s+){{0,3}}?{_THINGS}\b)(?:[\w-]+\s+){{0,3}}?"
    r"[\w-]+s\s+(?:only|solely|exclusively)\b",
    rf"\b(?:granted|given|licen[cs]ed|extended|available|offered|made)\s+(?:only|solely|exclusively)\s+to\s+(?:the\s+)?"
    rf"(?!(?:you|users|recipients|licensees|anyone|everyone)\b)(?!(?:[\w-]+\s+){{0,3}}?{_THINGS}\b)"
    r"(?!(?:help|assist|explain|make|give|show|inform|guide|aid|support|let|serve|illustrate)\b)(?:[\w-]+\s+){0,3}?[\w-]+s\b",
    rf"\b(?:by|to(?!\s+{PURPOSE_VERB}\b)|from)\s+(?:(?:any|all|the|a|an|these|those|such|listed|named|following|"
    rf"specific|certain|its|their|every|each|one|or|and|of)\s+){{0,3}}(?:[\w-]+\s+){{0,3}}?{GROUP_NOUN}\b",
    r"\b(?:anyone|anybody|any\s+(?:one|person|entity|organi[sz]ation|company|individual|government|agency|"
    r"institution|business|party|corporation|firm|employer|bank|state))\s+(?:who|that|which|whose|employed|"
    r"working|affiliated|located|based|headquartered|incorporated|associated|contracted|owned|controlled|"
    r"listed|named|connected|acting|doing|engaged|involved|profiting|deriving)\b",
    r"\b(?:employees?|staff|members?|agents|officers|representatives|contractors|subsidiar(?:y|ies)|"
    r"affiliates|customers|clients|partners|suppliers)\s+of\b",
    r"\bon\s+behalf\s+of\b",
    r"\b(?:work(?:s|ing)?|employed|contracted)\s+(?:for|by|at),?\s+(?:a|an|any|the)\s+\w+",
    r"\bsubsidiar",
    r"\baffiliat",
    r"\b(?:residents?|citizens?|nationals?|governments?)\s+of\b",
    r"\b(?:located|based|headquartered|incorporated|domiciled|registered|resident)\s+in\b",
    rf"\b{GROUP_NOUN}\s+(?:that|which|who|whose)\b",
    rf"\bthe\s+following\s+(?:\w+\s+)?{GROUP_NOUN}",
    rf"\b(?:no|any)\s+(?:\w+\s+){{0,2}}?{GROUP_NOUN}\s+(?:may|shall|shalt|can|is|are)\b",
    rf"\b{GROUP_NOUN}\s+(?:may|shall|shalt|must|are|is)\s+(?:not|never)\b",
    r"\b(?:licensee|licensees|you)\s+(?:is|are|must\s+not\s+be)\s*(?:,\s*(?:or|and)\s+(?:\w+\s+){1,3}?(?:for|by|"
    r"with|of),\s*)?(?:not\s+)?(?:a|an|one\s+of)\b",
    r"\bcovered\s+organi[sz]ation",
    r"\b(?:government|governmental|state|military|police|intelligence|law\s+enforcement|defen[cs]e|public)\s+"
    r"(?:bodies|body|agenc(?:y|ies)|departments?|organi[sz]ations?|services?|forces?|institutions?|authorit(?:y|ies)|"
    r"entities|contractors?|officials?)\b",
    rf"\b(?:excludes?|excluding|except(?:\s+for)?|other\s+than|withheld\s+from|denied\s+to|void\s+for)\s+"
    rf"(?:(?:any|all|the|its|their)\s+)?(?:\w+\s+){{0,2}}?{GROUP_NOUN}\b",
    r"\b(?:anyone|anybody|any\s+(?:person|entity|organi[sz]ation|company))\s+(?:on|in|named\s+in|listed\s+(?:on|in))\s+"
    r"(?:a|the|any)\s+(?:\w+\s+){0,2}?(?:list|register|registry|database)\b",
    rf"\b(?:a|an|any)\s+(?:\w+\s+)?{GROUP_NOUN}\s+(?:listed|named|located|based|headquartered|incorporated|"
    rf"registered|owned|controlled|affiliated|designated|sanctioned)\b",
    r"\bnamed\s+organi[sz]ation",
    # The grant lapsing for a class (``terminates automatically for any national or regional government``).
    rf"\b(?:terminat\w*|ends?|ceases?|lapses?|void|revoked|withdrawn)\b[^.;]{{0,40}}?\bfor\s+(?:any|all|every|each)\s+"
    rf"(?:[\w-]+,?\s+(?:(?:or|and)\s+)?){{0,4}}?{GROUP_NOUN}\b",
    rf"\b(?:every|all|any)\s+other\s+(?:\w+\s+)?{GROUP_NOUN}\s+(?:may|shall|shalt|must|can|is|are|needs?)\b",
    r"\b(?:all|any)\s+others\s+(?:may|shall|must|need|needs|require|are|receive|get|have|pay)\b",
    r"^\W*(?:(?:for\s+the\s+purposes?\s+of|in|under)\s+this\s+(?:\w+\s+)?licen[cs]e\s*,\s*)?"
    r"['\"\u201c]?(?:you|licensees?|users?|recipients?|(?:permitted|eligible|authori[sz]ed)\s+users?)['\"\u201d]?\s+"
    r"(?:means|shall\s+mean|refers\s+to|includes)\b[^.;]{0,80}?\b(?:other\s+than|except|excluding|but\s+not|save\s+for|"
    r"(?:who|that|which)\s+(?:is|are)\s+not)\b",
    # A term for whoever may use the software, defined as a class ('"Eligible Licensee" means a natural person or a
    # registered charity'): the class is whom the grant is made to.
    rf"^\W*(?:(?:for\s+the\s+purposes?\s+of|in|under)\s+this\s+(?:\w+\s+)?licen[cs]e\s*,\s*)?"
    rf"[\"\u201c']?(?:[\w-]+\s+){{0,2}}?(?:licensees?|users?|recipients?|you|(?:permitted|eligible|authori[sz]ed|"
    rf"qualifying|qualified)\s+(?:persons?|parties|party|entit(?:y|ies)))[\"\u201d']?\s+(?:\([^)]{{0,40}}\)\s+)?"
    rf"(?:means|shall\s+mean|refers\s+to|is\s+defined\s+as|denotes)\s+(?:only\s+)?(?:any\s+|a\s+|an\s+|the\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,3}}?(?:whose|who|that|which)\s+(?:[\w-]+\s+){{0,3}}?(?:revenue|turnover|headcount|employees|"
    rf"staff|income|sales)\b[^.;]*|(?:[\w-]+\s+){{0,3}}?(?:{GROUP_NOUN}|{AGENT_NOUN})\b)",
    r"\b(?:licensee|you)\s+(?:is|are)\s+not\s*,\s*(?:and|or)\s+(?:\w+\s+){1,4}?(?:for|by|with|of)\s*,\s*(?:a|an|any)\b",
    r"\bno\s+other\s+(?:party|parties|person|persons|entity|entities|one|organi[sz]ations?|users?|licensees?)\s+"
    r"(?:or\s+(?:party|person|entity|organi[sz]ation|company)\s+)?(?:receives?|gets?|has|have|may|shall|is|are|holds?|"
    r"obtains?)\b",
    r"\b(?:everyone|everybody|anyone|anybody)\s+else\s+(?:may|shall|must|need|needs|requires|is|receives|gets|has|"
    r"pays)\b",
    rf"\b(?:cover|covers|include|includes)\s+(?:any\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{GROUP_NOUN}\b",
    rf"^\W*(?!(?:the\s+|any\s+)?(?:use|usage|application|deployment|incorporation|installation|operation)s?\b)"
    rf"(?:[\w'&.-]+,?\s+){{0,8}}?{GROUP_NOUN}\b[^.;]{{0,60}}?\b(?:(?:are|is)\s+(?:\w+\s+)?(?:excluded|barred|"
    r"banned|prohibited|forbidden|not\s+(?:permitted|allowed|licen[cs]ed|covered)|(?:outside|beyond)\s+(?:the|this))|"
    r"(?:have|has)\s+no\s+(?:rights?|"
    r"permission|licen[cs]e))\b",
    SUBJECT_DENIED,
    rf"\b{GROUP_NOUN}\b[^.;]{{0,40}}?\b(?:can't|cannot|may\s+not|shall\s+not|must\s+not|(?:get|gets|receive|receives|"
    rf"have|has|hold|holds)\s+no|(?:are|is)\s+not\s+(?:a\s+)?licensees?|los(?:e|es)\s+(?:all\s+|any\s+)?rights)\b",
    rf"\bexclud\w*\s+(?:any\s+|a\s+)?(?:\w+\s+){{0,2}}?{GROUP_NOUN}\b",
    IDENTITY_CONDITION.pattern,
    r"\b(?:are|is)\s+not\s+(?:a\s+|the\s+)?licensees?\b",
    r"^\W*(?!(?:the\s+|any\s+)?(?:use|usage|uses|redistribution|distribution|copies|copying|sale|software|program|"
    r"code|modifications?|changes|it|this|that|you|licensees?|users?|recipients?)\b)(?:[\w'&.-]+\s+){1,4}?(?:are|is)\s+"
    r"(?:barred|banned|prohibited|forbidden|ineligible|not\s+eligible|disqualified)\s+from\b",
    r"\b(?:used|run|deployed|operated|installed)\s+(?:only\s+|solely\s+|exclusively\s+)?by\s+(?:\w+\s+){0,2}?"
    r"(?!(?:means|ways|steps|courts)\b)[\w-]+s\b",
    r"\b(?:not\s+(?:be\s+)?(?:licen[cs]ed|granted|given|extended|available|offered)\s+to|withheld\s+from|denied\s+to|"
    r"refused\s+to)\s+(?!(?:you|the\s+public|anyone|"
    r"everyone|everybody|the\s+extent|which)\b)(?:(?:any|the|a|an)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+s\b"
    r"(?=\s*(?:[.,;)]|$|\s+(?:and|or|who|that|of|in|from|whose)\b))",
    r"^\W*(?!(?:you|the\s+licensee|licensees?|recipients?|users?|anyone|everyone|nobody|no\s+one|we|i|it|this|"
    r"the\s+software)\b)(?:[\w'&.-]+,?\s+){1,6}?(?:get|receive|have|hold|obtain|acquire)s?\s+(?:no\s+(?:\w+\s+)?"
    r"(?:rights?|licen[cs]es?|permissions?)|nothing)\b",
)

#: Names of organizations: capitalized words ending in a legal form, or an exception naming someone.
NAMED: Final = re.compile(
    r"\b[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|and|&|for))*,?\s+(?:Inc\b\.?|Incorporated\b|Corp\b\.?|"
    r"Corporation\b|LLC\b|L\.L\.C\.|Ltd\b\.?|Limited\b|GmbH\b|AG\b|S\.A\.|SA\b|PLC\b|plc\b|Co\b\.|Company\b|"
    r"Group\b|Holdings\b|Technologies\b|University\b|Agency\b|Department\b|Ministry\b|Bureau\b|Foundation\b|"
    r"Institute\b|Industries\b|Consulting\b|Solutions\b|Systems\b|Services\b|Enforcement\b|Police\b|Army\b|Navy\b)"
    r"|\b(?:[Ee]xcept|[Ee]xcluding|[Oo]ther\s+than|[Bb]ut\s+not|[Ss]ave|[Ww]ith\s+the\s+exception\s+of)\s+"
    r"(?:for\s+|to\s+|by\s+)?"
    r"(?:the\s+)?(?!The\b|This\b|Software\b|Licensor\b|You\b|Your\b)[A-Z][A-Za-z&.-]+\b(?!['\u2019])"
    r"|\b(?:ICE|CBP|NSA|CIA|FBI|DHS|DoD|GCHQ|IDF|NATO|Palantir|Microsoft|Amazon|Google|Alphabet|Meta|Facebook|"
    r"Apple|Oracle|IBM|Deloitte|Accenture|Raytheon|Lockheed|Boeing|Northrop|ExxonMobil|Exxon|Chevron|Shell|"
    r"BP|Aramco|Gazprom|Huawei|Tencent|Alibaba|Baidu|Anduril|Clearview)\b"
)

FIELD_DOMAIN: Final = (
    r"(?:military|militaries|weapons?|weaponry|munitions?|arms|armaments?|warfare|wars?|combat|battlefield|"
    r"defen[cs]e\s+(?:industry|sector|contractors?|purposes?)|lethal|killing|nuclear|surveillance|spying|spyware|"
    r"espionage|tracking\s+(?:people|individuals|users|persons)|facial\s+recognition|biometric|police|policing|"
    r"law\s+enforcement|prisons?|incarceration|detention|deportations?|immigration|border\s+control|fossil|oil|"
    r"gas|coal|petroleum|mining|extraction|drilling|fracking|pipelines?|tobacco|gambling|casinos?|pornograph\w*|"
    r"(?:sexually\s+)?explicit\s+(?:material|content|imagery)|adult\s+(?:content|entertainment|material)|"
    r"adult\s+content|alcohol|firearms?|guns?|animal\s+testing|factory\s+farming|cryptocurrenc(?:y|ies)|"
    r"crypto|blockchain|nfts?|advertising|advertisements?|artificial[-\s]intelligence|machine[-\s]learning|"
    r"(?:ai|ml|llm)s?|language\s+models?|neural\s+networks?|training\s+data|political\s+campaigns?|"
    r"elections?|propaganda|disinformation|misinformation|evil|harm(?:ful)?|unethical|illegal|unlawful|"
    r"criminal|crimes?|terror\w*|genocide|torture|oppression|repression|censorship|human\s+rights|"
    r"discriminat\w*|hate\s+speech|harass\w*|spam|malware|fraud\w*|scams?|phishing|slaughter|deforestation|"
    r"ecocide|exploitation|child\s+labou?r|forced\s+labou?r|slavery|trafficking|abortions?|proselyti[sz]\w*|"
    r"dictatorships?|authoritarian|intelligence\s+(?:agencies|services|gathering))"
)

FIELD_GENERIC: Final = (
    r"(?:(?:non-?)?(?:commercial|profit|business|enterprise|corporate|production|academic|educational|research|"
    r"personal|private|internal|evaluation|peaceful|humanitarian|civilian|charitable|hobby|governmental|"
    r"government|scientific|religious|political|profit-making|revenue-generating)\s+(?:use|uses|usage|purposes?|"
    r"research|stud(?:y|ies)|teaching|learning|"
    r"applications?|settings?|environments?|projects?|activit(?:y|ies)|deployments?|operations?|gain|advantage|"
    r"organi[sz]ations?|entit(?:y|ies)|context)|commercially|for[-\s]profit|monetary\s+(?:gain|compensation)|"
    r"(?:mak(?:e|es|ing)|earn(?:s|ing)?)\s+(?:any\s+)?money|money[-\s]making|"
    r"noncommercial|non-commercial|"
    r"for\s+(?:science|research|teaching|education|study|learning|testing|evaluation|demonstration|demos?|hobby|fun)"
    r"(?:\s+(?:use|purposes?))?\s+only)"
)

FIELD_WORD: Final = f"(?:{FIELD_DOMAIN}|{FIELD_GENERIC})"

CONDUCT: Final = compile_cues(
    r"\b(?:licensees?|you|users?|recipients?|(?:anyone|whoever)\s+(?:who\s+)?\w+[^.;]{0,40}?|the\s+licensee)\s+(?:must|shall|shalt|will|"
    r"agrees?\s+to|(?:is|are)\s+required\s+to|undertakes?\s+to)\s+(?:(?:at\s+all\s+times|always|also|not)\s+)*"
    r"(?:comply|respect|observe|uphold|honou?r|abide|follow|treat|refrain|engage|participate|commit|violate|"
    r"discriminate|exploit|adhere|behave|act|recogni[sz]e|guarantee|pressure|penali[sz]e|retaliate|dismiss|demote|"
    r"punish)\b",
    r"\b(?:labou?r|wages?|working\s+hours|overtime|trade\s+unions?|collective\s+bargaining|workers?|"
    r"workplace|human\s+rights|code\s+of\s+conduct|ethical\s+standards|environmental\s+(?:laws?|standards|"
    r"regulations)|996|anti-?discrimination|sustainab\w*|carbon|emissions|climate|(?:paid|parental|sick|maternity|"
    r"paternity)\s+leave|whistle-?blow\w*|reporting\s+wrongdoing)\b",
)

#: Policies and rules besides the license that govern the use (``additionally governed by the Acceptable Use
#: Policy``): a separate agreement (OSD 7); a component's own terms (``its own terms``) are a third party's business.
GOVERNED_BY_POLICY: Final = (
    r"\b(?:governed|bound|controlled)\s+by\s+(?:the|a|an|our)\s+(?!own\b)(?:[\w-]+\s+){0,3}?(?:polic(?:y|ies)|terms|"
    r"agreements?|rules|guidelines|code\s+of\s+conduct)\b"
)

#: An amount of money, unless it is a threshold (``turnover did not exceed EUR 2,000,000``), which sizes a
#: licensee: what the agreement words of a payment and the payment words share.
_AMOUNT: Final = (
    r"(?<!exceed\s)(?<!exceeds\s)(?<!than\s)(?<!over\s)(?<!above\s)(?<!below\s)(?<!under\s)"
    r"(?:\b\d[\d.,]*\s*(?:us\s+|u\.s\.\s+|canadian\s+|australian\s+)?(?:bucks|dollars?|euros?|pounds?|usd|eur|gbp|chf)\b|"
    r"[$\u20ac\u00a3]\s*\d|\b(?:usd|eur|gbp|chf)\s*\d[\d.,]*)"
)

AGREEMENT: Final = compile_cues(
    # A document signed or executed first (``having signed the Licensor's Distribution Agreement``), a notice given
    # and confirmed (``after you have notified the author ... and the author has confirmed``).
    r"\b(?:having\s+|has\s+|have\s+)?(?:first\s+)?(?:individually\s+|duly\s+)?(?:signed|executed|entered\s+into|countersigned)\s+"
    r"(?:and\s+(?:returned|sent\s+back|delivered)\s+(?:to\s+(?:the\s+)?\w+\s+)?)?(?:the\s+|a\s+|an\s+|its\s+|our\s+)?(?:[\w\u2019'-]+\s+){0,3}?(?:agreement|contract|form|undertaking|acknowledge?ments?|"
    r"declaration)\b",
    r"\bafter\s+(?:you|the\s+licensee|the\s+recipient|the\s+user)\s+(?:has|have)\s+(?:first\s+)?(?:notified|informed|"
    r"registered\s+with|written\s+to|contacted)\b",
    r"\bconfirm\w*\s+(?:that\s+|the\s+|your\s+|such\s+)?(?:notification|registration|request|notice)\b",
    # Further terms accepted with the software (``you also accept the Example Acceptable Use Policy``).
    r"\b(?:accepts?|accepting|agrees?\s+to|agreeing\s+to|bound\s+by)\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:polic(?:y|ies)|terms\s+of\s+(?:use|service)|eula|end[-\s]user\s+licen[cs]e\s+agreement|code\s+of\s+conduct|"
    r"guidelines)\b",
    r"\bagrees?\s+(?:in\s+writing\s+|expressly\s+|first\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:terms|agreement|conditions|eula|"
    r"licen[cs]e)\b",
    r"\b(?:acceptance|agreement|consent)\s+(?:screen|dialog|page|form|prompt)\b",
    r"\b(?:licen[cs]e|activation|registration|product)\s+(?:keys?|codes?)\b",
    GOVERNED_BY_POLICY,
    r"\b(?:execution|signing|signature|acceptance|countersignature)\s+of\s+(?:the|a|an|our|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreements?|contracts?|terms)\b",
    r"\b(?:one-time|one-off|annual|monthly|yearly|upfront|up-front|recurring|single)\s+(?:payments?|fees?|charges?)\b",
    r"\b(?:separate|additional|another|commercial|written|prior|explicit|express|individual|paid|enterprise|further|"
    r"supplementary|extra|"
    r"proprietary|signed|negotiated|specific)\s+(?:\w+\s+){0,3}?(?:licen[cs]es?|agreements?|permission|consent|"
    r"contracts?|approval|authori[sz]ation|subscriptions?|terms)\b",
    r"\b(?:must|shall|shalt|need\s+to|needs\s+to|required\s+to|agree\s+to|have\s+to|has\s+to)\s+(?:first\s+|also\s+)?"
    r"(?:register|sign|obtain|purchase|buy|request|apply\s+for|accept|agree\s+to|contact|notify|inform|"
    r"ask|enter\s+into|execute|acquire|seek|get|receive)\b",
    r"\bsubject\s+to\s+(?:the|a|an|our|its)\s+(?:[\w-]+\s+){0,4}?(?:agreements?|contracts?|terms\s+of\s+(?:service|"
    r"use))\b",
    r"\b(?:registration|royalt(?:y|ies)|subscriptions?|terms\s+of\s+(?:service|use)|end[-\s]user\s+(?:licen[cs]e\s+)?"
    r"(?:agreements?|terms)|eulas?|click[-\s]?through)\b",
    r"\bpay\w*\s+(?:[\w-]+\s+){0,3}?(?:fees?|royalt(?:y|ies)|licen[cs]e|price|subscriptions?|charges?)\b",
    _AMOUNT,
    r"\bpurchas\w*\s+(?:of\s+)?(?:a\s+|an\s+|the\s+|your\s+|one\s+)?(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|subscriptions?|"
    r"seats?|keys?|plans?)\b",
    r"\b(?:further|additionally|also|separately)\s+subject\s+to\s+(?:the|a|an|our|its|their)\b",
    r"\b(?:licen[cs]e|licensing|annual|monthly|usage|subscription|user)\s+fees?\b",
    r"\b(?:a|an|the)\s+(?:\w+\s+)?(?:fee|charge|royalty|payment)\s+of\b",
    r"\bper\s+(?:seat|user|installation|copy|device|server|instance|core|cpu)\b",
    r"\bcountersign\w*\b",
    r"\b(?:obtain|get|request|register\s+for|create|acquire)\w*\s+(?:a|an|your|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:keys?|tokens?|accounts?|serial\s+numbers?|activation\s+codes?)\b",
    r"\b(?:renew\w*|re-?register\w*|written\s+application)\b",
    r"\b(?:requires?|required|needs?|needed|subject\s+to|conditional\s+(?:up)?on|contingent\s+(?:up)?on)\s+"
    r"(?:our|the|an?|the\s+authors'?|the\s+licensor'?s?|their|its|prior|written|explicit|express)\s+(?:\w+\s+){0,2}?"
    r"(?:permission|consent|approval|blessing|authori[sz]ation|agreement|sign[-\s]?off|ok|okay)\b",
    r"\b(?:registered|paid\s+for)\s+(?:with|to)\b",
    r"\bwait\w*\s+(?:for\s+)?(?:our|the|their|its|a|an)?\s*(?:\w+\s+){0,2}?(?:confirmation|approval|permission|consent|"
    r"reply|answer|go-ahead|ok|okay)\b",
    r"\bsend\s+(?:us|me|the\s+authors?|the\s+licensor|the\s+maintainers?)\s+(?:an?\s+)?(?:e-?mail|letter|message|notice|"
    r"request|form)\b",
    r"\b(?:sign|signing|signed|accept|accepting|accepted|countersign\w*)\s+(?:the|a|an|our|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:charter|"
    r"pledge|covenant|declaration|undertaking|form)\b",
    r"\bseparately\s+(?:\w+\s+){0,2}?(?:agreements?|licen[cs]es?|contracts?|terms)\b",
    r"\bby\s+(?:prior\s+|written\s+)?arrangement\s+with\b",
    r"\b(?:sign|signs|signing|signed|accept|accepts|accepting|accepted|execute|executes|executing|executed)\s+(?:(?:and|or)\s+\w+\s+)?"
    r"(?:the|a|an|our|its|their)\s+(?:\w+\s+){0,3}?"
    r"(?:agreement|contract|terms)\b",
    r"\bwithout\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:prior\s+)?(?:written\s+|express\s+|explicit\s+)?"
    r"(?:permission|consent|approval|authori[sz]ation|permit|go-ahead|sign[-\s]off)\b",
    r"\b(?:contact|email|e-mail|write\s+to)\s+(?:us|the\s+authors?|the\s+copyright\s+holders?|the\s+maintainers?"
    r"|the\s+licensor)\b",
)

#: A subject that is no one, with a verb of permission: ``No one may``, ``No reseller shall``.
_NO_ONE_MAY: Final = (
    r"\b(?:(?:no\s+one|nobody|none)\s+|no\s+(?:[\w-]+\s+){1,3}?)(?:may|shall|shalt|can|is\s+(?:permitted|allowed)\s+to)\s+"
    r"(?:\w+\s+){0,2}?"
)

#: Verbs of changing the software.
_MOD_VERB: Final = (
    r"(?:modify|alter|adapt|translate|change|fork|edit|port|rewrite|patch|rework|remix|reverse[-\s]engineer|"
    r"decompile|disassemble|derive)"
)

#: Verbs of passing the software on (selling, distributing, sharing...).
_DIST_VERB: Final = (
    r"(?:sell|resell|rent|lease|lend|distribute|redistribute|sublicense|publish|share|transfer|convey|give\s+away|"
    r"pass\s+on|upload|mirror|host|re-?host)"
)

#: Nouns of payment (``fee``, ``royalty``, ``price``): a license that requires one restricts giving the software
#: away, which OSD 1 forbids ("shall not require a royalty or other fee").
PAYMENT: Final = compile_cues(
    r"(?<!free\sof\s)\b(?:fees?|royalt(?:y|ies)|charges?|payments?|pay|pays|paying|prices?|remuneration|tolls?|levies|"
    r"levy|tariffs?|subscriptions?|purchas(?:e|es|ed|ing)|buy|buys|buying)\b",
    r"\bper\s+(?:seat|user|installation|copy|device|server|instance|core|cpu|unit)\b",
    r"\bpaid\s+(?:[\w-]+\s+)?(?:licen[cs]es?|subscriptions?|plans?|editions?|versions?|agreements?)\b",
    _AMOUNT,
    r"\bcontribut\w*\s+(?:at\s+least\s+|no\s+less\s+than\s+)?(?:[$\u20ac\u00a3]|\d)",
)

#: Words of a payment owed on selling or earning (``pay``, ``remit``, ``royalty``, ``percent``).
OWED: Final = compile_cues(r"\b(?:pay\w*|remit\w*|royalt(?:y|ies)|fees?|percent|per\s+cent|share|proceeds|owed)\b|%")

#: A sentence that first grants its subject something and then, after ``but``, takes something away
#: (``Insurers may install it, but they may not apply it to set premiums``): what is denied is the use, not the
#: subject.
GRANTED_THEN_DENIED: Final = compile_cues(
    r"^\W*[^.;]{1,80}?\b(?:may|can|are\s+(?:free|welcome|permitted|allowed)\s+to|is\s+(?:free|welcome|permitted|"
    r"allowed)\s+to|(?:is|are)\s+(?:fine|ok|okay|allowed|permitted|welcome|free)\b)(?:\s+(?!not\b|never\b|only\b)"
    r"[^.;]{1,100}?)?(?:,\s*|\s+)(?:but|except\s+that|however|yet)\b",
)

#: A person named only by what they do (``anyone who``, ``any person who``): not a class the license singles out.
ACTOR_RELATIVE: Final = compile_cues(
    r"(?:anyone|anybody|whoever|any\s+(?:one|person|party|entity))(?:\s+(?:who|that|which))?",
)

#: A passive that ends where its agent begins (``may not be used, copied or distributed by``).
PASSIVE_BEFORE_AGENT: Final = compile_cues(
    r"\b(?:be|being|is|are)\s+(?:(?!by\b)[a-z]+\s*,?\s*(?:(?:and|or|nor)\s+)?){1,6}$",
)

#: An agent that is everyone (``by every person to whom you pass it on``): no class singled out.
EVERYONE_AGENT: Final = compile_cues(
    r"^by\s+(?:every|each|any|all)\s+(?:persons?|one|people|users?|recipients?|parties|party|licensees?)\b",
)

#: A subject named only by what it does with the software (``Whoever obtains a copy from ...``, ``Companies that
#: deploy the Software``): the sentence is about what it asks of them.
ACTOR_SUBJECT: Final = compile_cues(
    # With any determiner, and a list of classes (``Any person or company that sells``, ``Each person who receives``).
    rf"^\W*(?:whoever|(?:anyone|anybody|everyone|everybody)\s+who|(?:(?:a|an|any|each|every|all|the|no)\s+)?"
    rf"(?:one|party|{GROUP_NOUN})(?:\s*,?\s*(?:or|and)\s+(?:an?\s+|any\s+)?(?:party|{GROUP_NOUN}))*(?:\s+(?:that|who|which)|"
    rf"(?=\s+\w+ing\b)))\s+(?:\w+ly\s+)?(?!employ\w*\s+(?:more|fewer|less|over|under|at\s+(?:least|most)|up\s+to|\d))(?:{USE_VERB}|(?:re)?sell\w*|(?:re)?distribut\w*|host\w*|ship\w*|offer\w*|"
    r"obtain\w*|receiv\w*|download\w*|cop(?:y|ies)|get|gets|manufactur\w*|import\w*|embed\w*|bundl\w*|modif\w*|"
    r"build\w*|make|makes|making|publish\w*)\b",
)

#: A use by or for a class (``use by or for armed forces``, ``by or on behalf of``): with a field in the class's
#: words, the use in that field is what the sentence restricts.
USE_BY_CLASS: Final = compile_cues(
    r"\b(?:use|usage|used)\b[^.;]{0,60}?\bby\s*,?\s+or\s+(?:for|on\s+behalf\s+of)\s*,?\s+",
)

#: Being engaged in a field (``engaged in the extraction of``, ``whose business is``): a class named by its field.
ENGAGED_IN: Final = compile_cues(
    r"\b(?:engaged|involved|active|operating|working|participating)\s+in\s+",
    r"\bwhose\s+(?:main\s+|primary\s+|core\s+)?(?:business|activit(?:y|ies)|trade|industry)\s+(?:is|are|includes?)\s+",
)

#: A class named by its field (an industry, armed forces): the field is what a use by that class is in.
FIELD_CLASS: Final = compile_cues(
    rf"\b{FIELD_DOMAIN}\b",
    r"\barmed\s+forces\b",
    r"\bdefen[cs]e\s+(?:ministr(?:y|ies)|contractors?|forces|departments?|companies|firms)\b",
)

#: Persons named only by having agreed to terms (``persons who have signed the User Agreement``): the agreement
#: is what the sentence asks for, not a class it singles out.
ASSENTING_PERSONS: Final = compile_cues(
    r"\b(?:persons?|people|users?|those|individuals?|parties|party|licensees?|anyone|anybody)\s+(?:who|that)\s+(?:have\s+|has\s+)?"
    r"(?:signed|accepted|agreed|registered|returned|executed|countersigned|created\s+an\s+account|opened\s+an\s+account|"
    r"subscribed)\b",
)

OTHER_SOFTWARE: Final = compile_cues(
    r"\b(?:consist|be\s+made\s+up|be\s+composed)\s+(?:solely|only|entirely|exclusively)\s+of\s+(?:free|open[-\s]source|libre)\s+"
    r"(?:components?|software|programs?|packages?)\b",
    r"\b(?:that|which)\s+(?:also\s+)?(?:contains?|includes?|bundles?|ships?)\s+(?:any\s+)?(?:proprietary|closed[-\s]source|non-?free)\s+"
    r"(?:software|programs?|code|components?|applications?|drivers?)\b",
    r"\b(?:system|machine|device|server|computer|network|appliance|image|host|cluster)s?\s+(?:on|in)\s+which\s+"
    r"(?!(?:the|this|it|its)\b)(?:any\s+)?"
    r"(?:\w+\s+){0,2}?(?:software|programs?|applications?|products?|tools?)\b[^.;]{0,60}?\b(?:is|are)\s+(?:also\s+)?"
    r"(?:installed|running|present|deployed|run)\b",
    # What travels with it must be free of other kinds of software (``bundles that contain no proprietary software``).
    r"\b(?:contain|contains|containing|include|includes|including|carry|carries|carrying|hold|holds)\s+no\s+(?:\w+\s+){0,2}?"
    r"(?:proprietary|closed[-\s]source|non-?free|commercial|non-?open[-\s]source)\s+(?:software|programs?|code|components?|"
    r"applications?|modules?|libraries)\b",
    r"\b(?:together\s+with|alongside|with|beside)\s+any\s+(?:[\w-]+\s+){0,2}?(?:products?|software|programs?|services?|tools?|"
    r"librar(?:y|ies)|applications?)\s+(?:that|which)\s+compete",
    r"\b(?:alongside|together\s+with|beside|next\s+to|on\s+(?:a|any)\s+(?:system|machine|computer|device)\s+that\s+(?:also\s+)?"
    r"(?:contains|runs|hosts|includes))\b[^.;]{0,60}?\b(?:competing|rival|proprietary|closed[-\s]source)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:engines?|software|programs?|products?|librar(?:y|ies)|databases?|tools?|components?)\b",
    r"\b(?:source(?:\s+code)?|code)\s+of\s+(?:everything|all\s+(?:the\s+)?(?:software|programs|components|tools))\s+"
    r"(?:[\w-]+\s+){0,2}?used\s+to\s+(?:run|operate|provide|deliver|host)\b",
    r"\bno\s+other\s+(?:programs?|software|components?|librar(?:y|ies)|code|modules?|tools?|applications?)\b[^.;]{0,80}?"
    r"\b(?:may|shall|can|must)\b",
    r"\b(?:entire|whole|complete)\s+(?:service|system|platform|application|stack|product)\b[^.;]{0,100}?\b(?:must|shall)\s+"
    r"(?:also\s+)?be\s+(?:released|licen[cs]ed|published|made\s+available|distributed|offered)\b",
    r"\b(?:must|shall|shalt|may)\s+not\s+(?:also\s+)?(?:contain|include|bundle|ship|incorporate|be\s+combined\s+with)\s+"
    r"(?:any|other|another)\s+(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,3}?(?:components?|software|programs?|code|librar(?:y|ies)|engines?|"
    r"modules?|products?|tools?|databases?|drivers?|firmware|applications?|apps|plug-?ins?)\b",
    r"\b(?:all|every|each|any)\s+(?:(?:one\s+)?(?:of\s+)?(?:its|their|the)\s+)?other\s+(?:components?|parts?|modules?|programs?|"
    r"contents|packages?|items|"
    r"software|services?|librar(?:y|ies))\b",
    r"\b(?:not|never|no)\s+(?:\w+\s+){0,2}?(?:contain|include|bundle|ship|combine|incorporate|link)\w*\s+(?:with\s+)?"
    r"(?:any\s+)?(?:[\w-]+\s+(?:or\s+|and\s+)?){0,2}?(?:proprietary|closed[-\s]source|non[-\s]free)\s+(?:software|"
    r"programs?|code|components?|products?|applications?|librar(?:y|ies))\b",
    r"\b(?:system|machine|device|server|computer|network|appliance|image|host|cluster)s?\s+(?:that|which|where|on\s+"
    r"which)\s+(?:also\s+)?(?:runs?|hosts?|contains?|includes?|has|have|executes?)\s+(?:any\s+|a\s+|an\s+)?(?:\w+\s+){0,2}?"
    r"(?:products?|software|programs?|applications?|tools?|engines?|databases?|services?)\b",
    r"\b(?:complete|entire|whole|full)\s+source(?:\s+code)?\s+(?:of|for)\s+(?:the|that|this|your|its|their)\s+"
    r"(?:whole\s+|entire\s+)?(?:service|application|system|stack|platform|product|offering|deployment|solution)\b",
    r"\b(?:open[-\s]?source|publish|release|disclose|license)\s+(?:the\s+(?:complete\s+)?source\s+(?:code\s+)?of\s+)?"
    r"(?:that|the|this|your|their|its)\s+(?:whole|entire|complete|full)\s+(?:\w+\s+)?(?:service|application|system|"
    r"stack|codebase|platform|product|offering|program|solution)\b",
    r"\b(?:contains?|containing|includes?|including|bundles?|bundling|ships?|shipping|combines?|combining)\s+"
    r"(?:also\s+)?(?:any\s+)?(?:other\s+)?(?:software|programs?|code|components?|products?|tools?|librar(?:y|ies))\s+"
    r"(?:from|by|of|made\s+by|written\s+by|licen[cs]ed\s+(?:by|under)|owned\s+by)\b",
    r"\b(?:source(?:\s+code)?|code)\s+(?:of|for)\s+(?:the\s+|that\s+|this\s+|your\s+|its\s+|their\s+)?(?:whole|entire|"
    r"complete|full)\s+(?:\w+\s+)?(?:service|application|system|stack|codebase|platform|product|offering|"
    r"deployment|solution)\b",
    r"\b(?:every|all|any|each)\s+(?:other\s+)?(?:programs?|software|components?|services?|librar(?:y|ies)|"
    r"dependenc(?:y|ies)|tools?)\s+(?:that\s+|which\s+)?(?:it|they|the\s+service|the\s+software)\s+(?:depends?|"
    r"relies?|runs?|calls?|links?)\s+(?:up)?on\b",
    r"\b(?:whole|entire|complete)\s+(?:service|application|system|stack|codebase|program|product)\s*(?:that|which|"
    r"built|using|around|in|of|,)[^.;]{0,60}?\b(?:must|shall|shalt)\b",
    r"\bsource(?:\s+code|\s+form)?\s+(?:of|for)\s+(?:every|all|any|each)\s+(?:other\s+)?(?:programs?|software|applications?|"
    r"components?|tools?)\b",
    r"\b(?:every|all|any|each)\s+(?:other\s+)?(?:programs?|software|applications?|components?|tools?)\s+(?:that\s+|"
    r"which\s+)?you\s+(?:use|run|deploy|ship|distribute)\b",
    r"\b(?:alongside|together\s+with|next\s+to|beside)\s+(?:any\s+|other\s+)?(?:[\w-]+\s+){0,2}?(?:programs?|"
    r"software|applications?|librar(?:y|ies)|components?)\b",
    r"\b(?:no|any)\s+(?:other\s+|competing\s+|rival\s+)?(?:[\w-]+\s+){0,2}?(?:software|programs?|engines?|"
    r"applications?|databases?|librar(?:y|ies)|tools?)\s+(?:is|are)\s+(?:also\s+)?(?:installed|running|deployed|"
    r"present|used)\b",
    r"\bother\s+(?:\w+\s+)?(?:software|programs?|works?|code|components?|products?|applications?|packages?|"
    r"librar(?:y|ies)|projects?)\s+(?:that\s+(?:is|are)\s+)?(?:distributed|shipped|bundled|combined|packaged|"
    r"deployed|included|aggregated|installed|running|run|sold|provided|supplied|used|on|in|with|alongside|"
    r"together|that|which|must|shall|shalt|may|of)\b",
    r"\bsame\s+(?:medium|media|distribution|package|disk|device|server|system|product|repository|archive|image|"
    r"container|bundle|installer|machine|computer|platform|network)\b",
    r"\b(?:all|any|every)\s+(?:other\s+)?(?:software|programs?|code|components?|applications?)\s+"
    r"(?:distributed|shipped|bundled|running|installed|deployed|sold|on|in|that|which|with|alongside|of)\b",
    r"\b(?:all|any|every)\s+other\s+(?:products?|parts?|elements?)\s+(?:of|in|on|distributed|shipped|that)\b",
    r"\b(?:proprietary|closed[-\s]source|non[-\s]free|commercial)\s+(?:software|programs?|code|components?|"
    r"products?|applications?)\b[^.;]{0,60}?\b(?:with|alongside|together|same)\b",
    r"\b(?:shall|shalt|must|may|can)\s+(?:only\s+)?(?:contain|include|bundle|ship|incorporate|combine)\s+only\b",
    r"\b(?:plug-?ins?|drivers?|modules?|components?|librar(?:y|ies)|programs?|extensions?)\b[^.;]{0,40}?\b(?:shipped|"
    r"distributed|bundled|supplied|packaged)\s+(?:together\s+|along\s+)?with\s+the\s+software\b",
    r"\b(?:with|alongside)\s+(?:any\s+)?(?:proprietary|closed[-\s]source|non[-\s]free)\s+(?:software|programs?|"
    r"code|components?|products?|applications?)\b",
)

DISTRIBUTION: Final = compile_cues(
    r"\b(?:conditional|contingent)\s+(?:up)?on\s+(?:the\s+)?(?:payment|paying)\b",
    r"\bcharg(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?(?:a\s+|any\s+)?(?:fee|price|charge|money)\b",
    r"\b(?:remit|remits|pay|pays|paying)\s+(?:[\w'\u2019-]+\s+){0,6}?(?:fees?|royalt(?:y|ies)|charges?|sums?)\b",
    r"\bno\s+(?:permission|right|licen[cs]e|authori[sz]ation)s?\s+(?:whatsoever\s+)?(?:is|are)\s+(?:hereby\s+)?(?:granted|given|"
    r"conferred)\s+to\s+(?:\w+\s+){0,2}?(?:sell|resell|rent|lease|sublicense|distribute|redistribute|publish)\b",
    # Money or anything else given for a copy (``provided to anyone in exchange for money or any other
    # consideration``, ``lent for payment``, ``an offering for which the recipient is charged``).
    r"\bin\s+(?:exchange|return)\s+for\s+(?:\w+\s+){0,2}?(?:money|payment|a\s+fee|fees|consideration|remuneration|"
    r"compensation|cash|a\s+price)\b",
    r"\b(?:(?:one\s+)?half|a\s+(?:third|quarter|tenth|share|portion|part)|\w+\s+per\s*cent|\d[\d.,]*\s*%)\s+of\s+(?:the|any|all|"
    r"every|such)\s+(?:\w+\s+){0,2}?(?:amounts?|sums?|money|proceeds|revenues?|income|profits?|takings|receipts)\b[^.;]{0,60}?"
    r"\b(?:shall|must|will|is\s+to|are\s+to)\s+be\s+(?:paid|remitted|handed\s+over|transferred|given)\b",
    r"\b(?:lent|rented|leased|hired)\s+(?:out\s+)?for\s+(?:money|payment|a\s+fee|profit|hire|a\s+charge)\b",
    r"\bfor\s+which\s+(?:the\s+|a\s+|any\s+)?(?:recipients?|users?|customers?|buyers?|licensees?|subscribers?)\s+"
    r"(?:is|are)\s+(?:charged|billed|invoiced|asked\s+to\s+pay)\b",
    r"^\W*no\s+(?:cop(?:y|ies)|part|portion|version|build|release|instance)\b[^.;]{0,100}?\b(?:may|shall|shalt|can|"
    r"is\s+to|will)\s+(?:not\s+)?be\s+(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,4}?(?:sold|resold|rented|leased|lent|"
    r"sublicen[cs]ed)\b",
    r"\b(?:provided\s+(?:always\s+)?that|only\s+if|on\s+(?:the\s+)?condition\s+that|(?:as|so)\s+long\s+as)\s+no\s+"
    r"(?:[\w-]+\s+){0,6}?(?:payment|fee|charge|consideration|money|royalt(?:y|ies)|compensation|remuneration)\b",
    r"\bneither\b[^.;]{0,80}?\bnor\b[^.;]{0,60}?\b(?:may|shall|shalt|can)\s+be\s+(?:[\w-]+,?\s+(?:or\s+)?){0,2}?(?:sold|resold|"
    r"rented|leased|lent|sublicen[cs]ed)\b",
    r"\b(?:offered|sold|provided|distributed|given|supplied|available)\s+for\s+(?:money|a\s+fee|a\s+price|payment|profit|"
    r"sale|cash)\b",
    r"\b(?:\d[\d.,]*\s*%|(?:\w+\s+)?percent|per\s+cent)\s+of\s+(?:that|the|its|their|any|all)\s+(?:\w+\s+)?"
    r"(?:consideration|income|revenue|proceeds|profits?|sales|earnings)\s+(?:is|are|shall\s+be|will\s+be)\s+"
    r"(?:owed|due|payable)\b",
    r"\bbut\s+(?:never|not)\s+for\s+(?:money|profit|a\s+fee|a\s+price|payment|sale|cash)\b",
    r"\bbut\s+not\s+(?:be\s+)?(?:[\w-]+,?\s+){0,2}?(?:sold|resold|rented|leased|lent|sublicen[cs]ed|sell|rent|lease)\b",
    r"\b(?:ask|asking|take|taking|charge|charging|request|requesting|demand|demanding)\s+(?:for\s+)?(?:any\s+)?"
    r"(?:money|payment|a\s+fee|fees|a\s+price|a\s+charge)\b",
    r"\bonly\s+(?:be\s+)?(?:allowed|permitted|done|made)?\s*(?:free\s+of\s+charge|for\s+free|gratis|without\s+charge|"
    r"at\s+no\s+cost)\b",
    r"\b(?:must|shall)\s+(?:always\s+)?(?:be|remain|stay)\s+(?:made\s+|given\s+|distributed\s+)?(?:free\s+of\s+charge|"
    r"for\s+free|gratis|without\s+charge|at\s+no\s+cost|free)\b",
    r"^\W*no\s+(?:re)?(?:selling|sales?|resale|redistribution|distribution|sublicensing|rental|renting|hosting|"
    r"mirroring|uploading|reselling|sharing)\b",
    rf"\b(?:forbidden|prohibited|not\s+(?:permitted|allowed)|illegal|unlawful)\s+to\s+(?:\w+\s+){{0,2}}?{_DIST_VERB}\b",
    rf"\b(?:do|does|will|shall)\s+not\s+(?:allow|permit|authori[sz]e|license|grant)\s+(?:you\s+to\s+|anyone\s+to\s+|any\s+)?"
    rf"(?:\w+\s+){{0,2}}?(?:{_DIST_VERB}|sale|selling|resale|redistribution|distribution|sublicensing|rental|hosting)\b",
    r"\b(?:if|when|once|whoever|anyone\s+who|somebody|someone|whoever)\b[^.;]{0,30}?\b(?:(?:re)?sell|rent|leas|lend|"
    r"(?:re)?distribut|sublicens|transfer|convey|upload|mirror|charg|tak\w*\s+money|ask\w*\s+money)\w*\b[^.;]{0,80}?"
    r"\b(?:terminat\w*|ends?|lapses?|void\w*|revok\w*|forfeit\w*|los(?:e|es)\b|finish\w*|stops?|ceases?|no\s+longer|"
    r"expires?)",
    r"\bpay\w*\s+(?:\w+\s+){0,3}?\d[\d.,]*\s*(?:%|percent|per\s+cent)",
    r"\bcharge\s+(?:no\s+less|not\s+less|at\s+least|a\s+minimum)\b",
    rf"{_NO_ONE_MAY}{_DIST_VERB}\b",
    rf"\b(?:do\s+not|don't|dont|never)\s+(?:(?!(?:have|has|need|needs|got)\b)\w+\s+){{0,2}}?{_DIST_VERB}\b",
    r"\b(?:inclusion|incorporation|bundling|distribution)\s+of\s+(?:the\s+software|it|this\s+software|the\s+program)\s+"
    r"(?:in|into|on|with)\s+(?:any\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:compilations?|discs?|media|cd-?roms?|dvds?|"
    r"distributions?|collections?|bundles?|packs?)\b",
    r"\bkeep\w*\s+(?:the\s+software|the\s+program|the\s+code|it|all\s+copies|copies)\s+(?:strictly\s+)?(?:within|inside|"
    r"in)\s+(?:its|your|their|the\s+licensee'?s?)\s+(?:own\s+)?(?:organi[sz]ation|company|premises|team|household|"
    r"business|firm|institution)\b",
    r"\b(?:may|shall|shalt|must|can|will)\s+(?:not|never)\s+(?:be\s+)?(?:\w+\s+){0,3}?(?:sell|sold|resell|resold|"
    r"rent|rented|lease|leased|lend|lent|distribut\w*|redistribut\w*|sublicens\w*|publish\w*|shar(?:e|ed)|"
    r"transfer\w*|convey\w*|hand\w*\s+(?:over|on|out)|pass\w*\s+(?:on|along)|giv(?:e|en)\s+(?:away|out)|"
    r"(?:give|provide|supply|send|deliver)\s+(?:copies|(?:a\s+)?cop(?:y|ies)\s+of\s+it|it)\s+to|"
    r"charg(?:e|ed)|offer\w*\s+(?:for\s+sale|commercially)|host\w*\s+as\s+a\s+service|provide\w*\s+as\s+a\s+"
    r"(?:hosted\s+|managed\s+)?service)\b",
    r"\b(?:selling|sale|sales|resale|redistribution|distribution|sublicensing|rental|hosting)\b[^.;]{0,50}?"
    r"\b(?:is|are)\s+(?:not\s+(?:permitted|allowed)|prohibited|forbidden|excluded)\b",
    r"\b(?:right|rights)\s+to\s+(?:sell|resell|distribute|redistribute|sublicense|host|rent)\b",
    r"\bnot\s+(?:for\s+)?(?:sale|resale|redistribution)\b",
    r"\b(?:not|never)\s+(?:to\s+)?be\s+(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,4}?(?:sold|resold|rented|leased|lent|"
    r"sublicen[cs]ed|given|transferred|conveyed|handed\s+on|passed\s+on|(?:re)?distributed|re-?hosted|mirrored|shared|"
    r"published|uploaded)\b",
    r"\b(?:for\s+(?:a\s+)?(?:fee|charge|price)|(?<!\bof\s)(?:charge|charging)\s+(?:a\s+)?(?:fee|money|for))\b",
    r"(?<!\bof\s)\bcharg(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?for\b",
    r"\b(?:offer|provid|host|mak)\w*\s+(?:\w+\s+){0,3}?as\s+a\s+(?:hosted\s+|managed\s+|online\s+|web\s+|cloud\s+|"
    r"paid\s+)?service\b",
    r"\b(?:no|any|a)\s+(?:\w+\s+){0,2}?(?:charge|fee|price)s?\b[^.;]{0,60}?\b(?:is|be|are)\s+(?:made|charged|asked|"
    r"taken|levied)\b",
    r"\b(?:sell|sold|sells|selling|resell\w*|resold)\b[^.;]{0,80}?\b(?:royalt(?:y|ies)|proceeds|commission|percent|%|"
    r"pay\w*|owed)",
    r"\b(?:includ|incorporat|bundl|plac|putt?|ship)\w*\s+(?:(?:the\s+software|it|this\s+software)\s+)?(?:in|into|on|"
    r"with)\s+(?:any\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:compilations?|discs?|cd-?roms?|dvds?|distributions?|collections?|bundles?|app\s+stores?|marketplaces?)\b",
    r"\b(?:remit|pay|pays|paying|hand\s+over|transfer|owe|owes|donate|donates|give|gives)\s+(?:\w+\s+){0,4}?(?:\d[\d.,]*\s*%|(?:\d[\d.,]*\s*)?"
    r"(?:percent|per\s+cent|(?:a\s+)?royalt(?:y|ies)|(?:a\s+)?(?:share|portion|part|cut)\s+of\s+(?:the\s+|its\s+|"
    r"their\s+|that\s+|any\s+)?(?:\w+\s+)?(?:proceeds|revenues?|income|profits?|sales|earnings))\b)",
    r"\((?:\d+(?:\.\d+)?)\s*%\)\s+of\s+(?:that|the|its|their|all|any)\s+(?:income|revenue|proceeds|profits?|sales)\b",
    r"^\W*(?:selling|reselling|redistributing|distributing|publishing|uploading|mirroring|re-?hosting|renting|"
    r"posting|listing|sharing|shipping|bundling|packaging|transferring|conveying|handing\s+on|"
    r"leasing|lending|sublicensing|giving\s+away|passing\s+on)\b[^.;]{0,80}?\b(?:is|are)\s+(?:\w+\s+)?(?:not\s+"
    r"(?:permitted|allowed)|prohibited|forbidden|reserved|barred|banned)\b",
    r"\b(?:redistribution|distribution|resale|sublicensing)\b[^.;]{0,50}?\b(?:is|are)\s+reserved\s+(?:to|for)\s+"
    r"(?:the\s+)?(?:copyright|authors?|licensor|original|owners?|rights?\s+holders?|us)\b",
    r"\bonly\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:may|can|shall|shalt)\s+(?:sell|resell|distribute|redistribute|publish|"
    r"sublicense|share|convey)\b",
)

#: Source code kept from recipients, or passed on only in a form that cannot be read (OSD 2): binaries only,
#: obfuscated or encrypted source, source shown but not to be passed on.
_SOURCE: Final = (
    r"(?:sources?(?:\s+(?:code|files?|form|trees?|texts?))?|(?:source\s+)?code\s+base|codebase|"
    r"preferred\s+form\s+(?:of\s+the\s+\w+\s+)?for\s+(?:making\s+)?modifications?)"
)
_BINARY: Final = (
    r"(?:binar(?:y|ies)(?:\s+(?:code|form|files?|builds?|packages?|versions?|only))?|(?:compiled|object|executable|"
    r"machine[-\s]readable|bytecode|obfuscated|minified|encrypted|bundled|uglified|transpiled)\s+(?:object\s+)?(?:code|form|"
    r"files?|binaries|builds?|"
    r"packages?|versions?|artifacts?|only))"
)
#: The source said to be confidential or a trade secret (``The source code ... constitutes a confidential trade
#: secret of the Licensor``): a statement that withholds the source, binding without a binding word.
SOURCE_WITHHELD: Final = compile_cues(
    rf"\b{_SOURCE}\b[^.;]{{0,60}}?\b(?:is|are|remains?|constitutes?|forms?)\s+(?:a\s+|an\s+|the\s+)?(?:strictly\s+)?"
    r"(?:confidential|secret|(?:confidential\s+|proprietary\s+)?trade\s+secrets?|proprietary\s+and\s+confidential)\b",
)

SOURCE_CODE: Final = compile_cues(
    r"\b(?:original|unminified|source|readable|unbundled)\s+(?:[\w-]+\s+){0,2}?files\s+from\s+which\b[^.;]{0,120}?\bnot\s+(?:be\s+)?"
    r"(?:made\s+available|provided|published|released|distributed|included|shared|part\s+of)\b",
    # The source given for the licensee's own use (``The Source form is provided to You for Your own internal use``).
    rf"\b{_SOURCE}\b[^.;]{{0,40}}?\b(?:provided|given|supplied|licen[cs]ed|made\s+available)\s+to\s+(?:you|the\s+licensee|"
    r"recipients?)\s+(?:solely\s+|only\s+)?for\s+(?:your|its|their)\s+own\s+(?:internal\s+|private\s+|personal\s+)?use\b",
    rf"\b{_SOURCE}\b[^.;]{{0,20}}?\b(?:is|are|will\s+be)\s+(?:supplied|provided|available|given|disclosed|released|sent|"
    r"shared|made\s+available)\b[^.;]{0,40}?\bonly\s+(?:to|upon|on|after|for|if|with)\b",
    rf"\b{_SOURCE}\b[^.;]{{0,20}}?\b(?:may|can|shall|will)\s+(?:only\s+)?be\s+(?:obtained|requested|had|received|ordered)\s+"
    r"(?:only\s+)?(?:by|upon|on|after|from|through|against)\s+(?:a\s+)?(?:written\s+)?(?:request|payment|application)\b",
    r"\b(?:must|shall|shalt|will)\s+(?:only\s+)?be\s+(?:distributed\s+|provided\s+|shipped\s+|supplied\s+|delivered\s+|released\s+|"
    r"passed\s+on\s+)?(?:only\s+)?in\s+(?:\w+\s+(?:or|and)\s+)?"
    r"(?:minified|obfuscated|encrypted|scrambled|compiled|binary|object|executable)\s+(?:code\s+)?form\b",
    r"\bnot\s+(?:\w+\s+){0,3}?(?:distribut\w*|redistribut\w*|shar\w*|publish\w*|provid\w*|releas\w*)\s+(?:it\s+|them\s+|"
    r"the\s+\w+\s+)?in\s+(?:a\s+|any\s+)?(?:human[-\s])?readable\s+form\b",
    rf"\b{_SOURCE}\b[^.;]{{0,30}}?\b(?:is|are)\s+(?:\w+\s+)?reserved\s+(?:to|for)\b",
    rf"\b{_SOURCE}\b[^.;]{{0,30}}?\b(?:provided|available|given|supplied|disclosed|shared|released)\s+only\s+to\b",
    rf"\b(?:not|never)\s+(?:\w+\s+){{0,2}}?make\s+(?:the\s+|its\s+|any\s+|our\s+|your\s+)?(?:[\w-]+\s+)?{_SOURCE}\b"
    r"[^.;]{0,50}?\bavailable\b",
    rf"\b{_SOURCE}\b[^.;]{{0,20}}?\b(?:is|are|will\s+be)\s+(?:only\s+)?(?:supplied|provided|available|given|disclosed|"
    r"released|sent|shared)\s+only\s+(?:upon|on|after|against|for|if|with|to)\b",
    rf"\b{_SOURCE}\b[^.;]{{0,60}}?\b(?:is|are|constitutes?|remains?)\s+(?:a\s+)?(?:confidential\s+)?(?:trade\s+secrets?|"
    r"excluded\s+from)\b",
    rf"\b{_SOURCE}\b[^.;]{{0,80}}?\b(?:treated|regarded|handled|kept|held)\s+(?:as\s+|in\s+)?(?:strictly\s+)?"
    r"(?:confidential|secret|confidence|proprietary)\b",
    rf"\b{_SOURCE}\b[^.;]{{0,20}}?\b(?:is|are|will\s+be)\s+(?:only\s+)?(?:supplied|provided|available|given|disclosed|"
    r"released|sent|shared)\b[^.;]{0,30}?\b(?:on|upon)\s+(?:\w+\s+)?request\s+only\b",
    # What the distributed sources are generated from is their source (``the generators ... will not be made
    # available``).
    r"\bfrom\s+which\s+(?:the\s+)?(?:[\w-]+\s+)?(?:sources?|code|files)\s+(?:is|are)\s+(?:generated|produced|built|"
    r"derived|compiled)\b[^.;]{0,80}?\b(?:not\s+(?:be\s+)?(?:made\s+available|provided|published|released|distributed|"
    r"included|shared)|withheld|excluded)\b",
    r"\b(?:must|shall|shalt|may|can|will)\s+(?:only\s+)?be\s+(?:made\s+|distributed\s+|provided\s+|shipped\s+|"
    r"released\s+|published\s+)?(?:only\s+)?in\s+(?:compiled|binary|object|executable|machine[-\s]readable)\s+"
    r"(?:code\s+)?form\b",
    rf"\b(?:redistributing|distributing|publishing|sharing|releasing|disclosing|giving\s+out|uploading|passing\s+on)\s+"
    rf"(?:of\s+)?(?:the\s+|its\s+|any\s+|our\s+)?(?:[\w-]+\s+)?{_SOURCE}\b[^.;]{{0,80}}?\b(?:is|are)\s+(?:\w+\s+)?"
    r"(?:not\s+(?:permitted|allowed)|prohibited|forbidden|barred|banned|reserved)\b",
    rf"\b{_SOURCE}\b[^.;]{{0,40}}?\b(?:provided|available|given|supplied|disclosed|handed\s+out|sent|shared|released|"
    rf"distributed|made\s+available)\s+(?:only\s+)?to\s+(?:\w+\s+){{0,2}}?"
    r"(?:only|alone|exclusively)\b",
    r"\b(?:redistributions?|distributions?|publication|sharing)\s+(?:of\s+(?:the\s+)?(?:[\w-]+,?\s+){0,3}?source(?:\s+code)?|"
    r"(?:of\s+(?:the\s+)?"
    r"(?:software|program|code|library)\s+)?in\s+(?:source|human[-\s]readable|readable)\s+(?:code\s+)?form)\b[^.;]{0,40}?"
    r"\b(?:reserved|prohibited|forbidden|excluded|not\s+(?:permitted|allowed|covered|licen[cs]ed))\b",
    # Not the encryption code a package contains (``the encryption code in this package``).
    r"\b(?:obfuscat\w*|encrypt(?!ion\s+(?:code|routines?|librar\w+|modules?|functions?|algorithms?))\w*|scrambl\w*|"
    r"uglif\w*)\b[^.;]{0,80}?\b(?:source|code)\b",
    r"\b(?:source|code)\b[^.;]{0,80}?\b(?:obfuscat\w*|encrypt\w*|scrambl\w*|uglif\w*)\b",
    rf"\b(?:only|solely|exclusively|just)\s+(?:(?:as|in|by\s+way\s+of)\s+)?(?:(?:its|their|the|a|an)\s+)?"
    rf"(?:[\w-]+,?\s+)?{_BINARY}",
    rf"\b{_BINARY}\s+(?:form\s+|code\s+|files?\s+)?(?:only|alone)\b",
    rf"\b(?:not|never|no(?:\s+one)?|nor)\b[^.;]{{0,40}}?\b(?:entitled|given|provided|offered|granted|supplied|"
    rf"disclos(?:e|ed)|shown|released|publish(?:ed)?|shared|distributed|redistributed|mak(?:e|es)\s+(?:\w+\s+)?available|"
    rf"made\s+available|passed\s+on|access)\b"
    rf"[^.;]{{0,30}}?\b{_SOURCE}\b",
    rf"\b{_SOURCE}\b[^.;]{{0,60}}?\b(?:(?:(?:must|shall|shalt|may|will|can)\s+(?:not|never)|cannot|(?:is|are)\s+not\s+to|"
    rf"not)\s+(?:be\s+)?(?:\w+\s+){{0,2}}?(?:provided|given|disclosed|distributed|redistributed|published|shared|"
    rf"released|made\s+available|passed\s+on|copied|included|provide|give|disclose|distribute|redistribute|publish|"
    rf"share|release|pass\s+on|copy|include|shown|show|sent|send|supplied|supply)|remains?\s+(?:the\s+|a\s+)?(?:confidential|secret|private|proprietary|closed)|"
    rf"(?:is|are)\s+(?:confidential|secret|proprietary|withheld|closed))\b",
    rf"\b{_SOURCE}\b[^.;]{{0,40}}?\bfor\s+(?:\w+\s+){{0,2}}?(?:inspection|reference|review|viewing|reading|audit\w*)\s+"
    r"(?:purposes\s+)?only\b",
    rf"\b(?:withh[oe]ld\w*|conceal\w*|hid(?:e|es|ing|den)|keep\w*\s+(?:\w+\s+){{0,2}}?(?:secret|private|"
    rf"confidential)|strip\w*|remov\w*|delet\w*)\s+(?:\w+\s+){{0,3}}?{_SOURCE}\b",
    rf"\b{_SOURCE}\b[^.;]{{0,40}}?\b(?:not|never)\s+(?:be\s+)?(?:readable|legible|human[-\s]readable)\b",
    rf"\b{_SOURCE}\s+(?:stays?|remains?|is\s+kept|be\s+kept)\s+(?:private|secret|closed|confidential|internal|"
    r"proprietary|hidden|in[-\s]house)\b",
    rf"\b{_SOURCE}\b[^.;]{{0,30}}?\b(?:must|shall|will)\s+(?:stay|remain)\s+(?:with\s+(?:us|the\s+\w+)|private|secret|"
    r"internal|closed|confidential|in[-\s]house)\b",
    rf"\b{_SOURCE}\s+(?:disclosure|distribution|publication|release|sharing|access)\b[^.;]{{0,40}}?\b(?:prohibited|"
    r"forbidden|not\s+(?:permitted|allowed)|reserved)\b",
    rf"\b(?:not|never|dont|don't|no)\s+(?:\w+\s+){{0,2}}?(?:give|provide|offer|supply|disclose|show|release|publish|share|"
    rf"distribute|redistribute|put|post|upload|push|leak|host|hand\s+out|pass\s+on)\s+(?:the\s+|its\s+|any\s+|our\s+|"
    rf"your\s+|their\s+)?(?:[\w-]+\s+)?{_SOURCE}\b",
    r"\b(?:not|never)\s+(?:be\s+)?(?:\w+\s+){0,2}?(?:distributed|redistributed|published|shared|passed\s+on|released|"
    r"provided|given|conveyed)\s+in\s+(?:source|readable|human[-\s]readable)\s+(?:code\s+)?form\b",
    rf"\bkeep\w*\s+(?:the\s+|its\s+|their\s+|your\s+)?(?:\w+\s+)?{_SOURCE}\s+(?:closed|secret|private|confidential|"
    r"hidden|proprietary|to\s+yourself)\b",
)

MODIFICATION: Final = compile_cues(
    r"\bno\s+(?:right|licen[cs]e|permission)\s+to\s+(?:prepare|create|make|distribute)\s+(?:any\s+)?(?:derivative|derived|modified|"
    r"adapted)\s+(?:works?|versions?|copies)\b",
    r"^\W*(?:derivative\s+works?|modifications?|changes|adaptations?|modified\s+versions?)\s+(?:of\s+(?:the|this)\s+\w+\s+)?(?:may|can|"
    r"shall)\s+(?:only\s+)?be\s+(?:prepared|made|created|written|produced)\s+(?:only\s+|solely\s+|exclusively\s+)(?:for|to|if|when|by)\b",
    r"\b(?:alter\w*|modif\w*|chang\w*|adding\s+features|removing\s+features)\b[^.;]{0,100}?\b(?:is|are)\s+not\s+(?:licen[cs]ed|"
    r"permitted|allowed|covered)\b",
    r"\b(?:may|shall|shalt|must|can|will)\s+not\s+(?:\w+,?\s+(?:or\s+)?){0,4}?(?:distribute|publish|share|release|convey|sell|make)\b"
    r"[^.;]{0,60}?\b(?:that|the|any|a|such)\s+(?:modified|altered|changed|adapted|derived)\s+(?:version|copy|copies|work|program|"
    r"software)\b",
    r"\b(?:right|rights)\s+to\s+(?:prepare|create|make)\s+derivative\s+works?\b[^.;]{0,40}?\breserved\b",
    r"\bnothing\b[^.;]{0,80}?\b(?:construed|interpreted|deemed|read)\s+as\s+(?:a\s+|any\s+)?(?:permission|licen[cs]e|right|grant)\s+"
    r"to\s+(?:alter|modify|change|adapt|edit)\b",
    # No right granted to change it (``No permission is granted to modify this software``).
    r"\bno\s+(?:permission|right|licen[cs]e|authori[sz]ation)s?\s+(?:whatsoever\s+)?(?:is|are)\s+(?:hereby\s+)?(?:granted|given|"
    r"conferred)\s+to\s+(?:\w+\s+){0,2}?(?:modify|alter|change|adapt|edit|translate|create\s+derivative|prepare\s+derivative)\b",
    r"\b(?:modified|altered|changed|edited)\s+(?:copies|versions?)\b[^.;]{0,80}?\b(?:approv\w+|consent|permission|authori[sz]ation)\b",
    r"\b(?:works?|versions?|programs?)\s+(?:derived\s+from|based\s+(?:up)?on)\b[^.;]{0,40}?\b(?:may|must|shall|can)\s+not\s+be\s+"
    r"(?:released|distributed|published|licen[cs]ed|offered)\s+under\b",
    r"\b(?:right|permission|licen[cs]e|freedom)\s+to\s+(?:modify|alter|change|adapt|edit|fork)\b[^.;]{0,40}?\b(?:is|are)\s+"
    r"(?:granted|given|extended|limited|restricted)\s+(?:only|solely|exclusively)\b",
    r"^\W*(?:any\s+|all\s+)?(?:(?:modified|altered|changed)\s+(?:versions?|copies)|modifications?|derivative\s+works?|"
    r"forks?|changes)\b[^.;]{0,80}?\b(?:in\s+no\s+(?:case|event|circumstances?)|under\s+no\s+circumstances?|never)\s+"
    r"(?:shall|may|can|will)\s+(?:they|these|such\s+\w+)\s+(?:ever\s+)?be\s+(?:re)?(?:distributed|published|shared|sold|"
    r"released|given|passed\s+on)\b",
    r"\b(?:exact|unaltered|unmodified|unchanged|verbatim|identical)(?:,?\s+(?:and\s+|or\s+)?(?:exact|unaltered|"
    r"unmodified|unchanged|verbatim|identical))*\s+(?:copies|versions?|form|releases?)\s+only\b",
    r"\b(?:terminat\w*|ends?|lapses?|void)\b[^.;]{0,40}?\b(?:if|when|once|should)\s+you\s+(?:\w+\s+)?(?:alter|modify|"
    r"change|edit|fork|adapt)\b",
    r"\b(?:derivative\s+works?|modified\s+versions?|modifications?|forks?)\b[^.;]{0,60}?\b(?:under\s+terms\s+approved|"
    r"approved\s+in\s+writing|may\s+not\s+be\s+(?:offered|released|distributed)\s+under\s+this\s+licen[cs]e)\b",
    r"\b(?:alterations?|modifications?|changes?|edits?)\s+(?:of|to)\s+[^.;]{0,40}?\b(?:terminat\w*|ends?|voids?|"
    r"revokes?|forfeits?|cancels?)\b",
    r"\bpermission\s+to\s+(?:modify|change|alter|adapt|fork|edit)\b[^.;]{0,20}?\b(?:is\s+)?(?:limited|restricted|"
    r"confined)\b",
    r"^\W*(?:\d+[.)]\s*)?(?:any\s+|all\s+|your\s+)?(?:altered|modified|changed|derived)\s+(?:versions?|copies|works?)\s*"
    r"(?:,[^,;.]{1,60},\s*|\s)(?:are|is|may\s+be\s+used|must\s+be\s+used|shall\s+be\s+used)\s+(?:only\s+)?(?:for|within|"
    r"inside)\b",
    r"^\W*(?:any\s+|all\s+)?(?:modified\s+versions?|modifications?|derivative\s+works?|forks?|changes|altered\s+"
    r"(?:copies|versions?))\b[^.;]{0,80}?\b(?:they|these|such\s+\w+)\s+(?:may|must|shall|shalt|can)\s+(?:not|never)\s+"
    r"be\s+(?:re)?(?:distributed|published|shared|sold|released|given|passed\s+on)\b",
    r"\b(?:means?|is\s+limited\s+to|covers?|consists?\s+of|extends?\s+(?:only\s+)?to)\s+(?:\w+\s+){0,3}?"
    r"(?:unmodified|unaltered|unchanged)\b",
    r"\b(?:modifying|altering|adapting|changing|editing|forking|porting|translating|rewriting|decompiling|patching|"
    r"tweaking|remixing)\b[^.;]{0,100}?\b(?:is|are)\s+(?:\w+\s+)?(?:not\s+(?:permitted|allowed)|prohibited|forbidden|"
    r"barred|banned|reserved)\b",
    r"^\W*(?:any\s+|all\s+)?(?:forks?|modifications?|changes|derivative\s+works?|modified\s+versions?|adaptations?|"
    r"patches|altered\s+versions?)\b[^.;]{0,60}?\b(?:not|never)\s+(?:to\s+)?(?:be\s+)?(?:published|distributed|"
    r"redistributed|released|shared|made\s+public|passed\s+on|sold)\b",
    r"\bexactly\s+as\s+(?:released|received|published|distributed|provided|shipped)\b",
    r"\b(?:derivative\s+works?|modifications?|changes|improvements?|enhancements?|additions?|adaptations?)\b[^.;]{0,60}?\b(?:(?:shall|will|must)\s+"
    r"(?:automatically\s+)?(?:vest|belong|be\s+assigned|be\s+transferred|become\s+the\s+property)|becomes?\s+the\s+"
    r"property|(?:is|are)\s+(?:hereby\s+)?assigned)\b",
    r"\b(?:(?:altered|changed|modified|edited|patched|derived)\s+(?:versions?|copies|source|builds?|works?)|"
    r"modifications?|derivative\s+works?|forks?)\b[^.;]{0,60}?\b(?:by|to)\s+(?:nobody|no\s+one|none)\s+(?:but|except|"
    r"other\s+than)\b",
    rf"\b(?:do\s+not|don't|dont|never)\s+(?:(?!(?:have|has|need|needs|got)\b)\w+\s+){{0,2}}?{_MOD_VERB}\b",
    r"\bno\s+such\s+(?:derivative\s+)?(?:works?|modifications?|versions?|changes)\s+(?:may|shall|can)\b",
    r"\b(?:modifications?|changes?|derivative\s+works?|derivatives|forks?|modified\s+versions?|patch(?:es)?|"
    r"adaptations?)\b[^.;]{0,30}?\b(?:must|shall)\s+(?:first\s+)?(?:be\s+)?(?:approved|authori[sz]ed|reviewed|cleared|signed\s+off|"
    r"accepted|vetted)\b",
    r"\bnothing\b[^.;]{0,60}?\b(?:allows?|permits?|authori[sz]es?|grants?|entitles?|lets?)\s+(?:you\s+|anyone\s+)?(?:to\s+)?"
    r"(?:\w+\s+){0,4}?(?:derivative|modif|adapt|fork|translat|alter)\w*",
    r"^\W*no\s+(?:modifying|modification|modifications|changing|editing|altering|porting|translating|remixing)\b",
    rf"\b(?:forbidden|prohibited|not\s+(?:permitted|allowed)|illegal|unlawful)\s+to\s+(?:\w+\s+){{0,2}}?{_MOD_VERB}\b",
    rf"\b(?:do|does|will|shall)\s+not\s+(?:allow|permit|authori[sz]e|license|grant)\s+(?:you\s+to\s+|anyone\s+to\s+|any\s+)?"
    rf"(?:\w+\s+){{0,2}}?(?:{_MOD_VERB}|modifications?|changes|derivative\s+works?|forks?|adaptations?|translations?)\b",
    r"\b(?:cannot|can't|may\s+not|must\s+not|shall\s+not|shalt\s+not|not\s+allowed\s+to|not\s+permitted\s+to)\s+"
    r"(?:[\w,]+\s+){0,4}?(?:publish|distribute|release|share|redistribute|sell|give\s+out)\s+(?:your\s+|any\s+|the\s+|"
    r"such\s+)?(?:changes|modifications?|modified\s+(?:versions?|copies|code)|derivative\s+works?|derivatives|forks?|"
    r"adaptations?|patches|edits|translations?)\b",
    rf"{_NO_ONE_MAY}{_MOD_VERB}\b",
    r"\b(?:may|shall|shalt|must|can|will)\s+(?:not|never)\s+(?:be\s+)?(?:\w+\s+){0,3}?(?:modif\w*|alter\w*|adapt\w*|"
    r"translat\w*|chang(?:e|ed)|fork\w*|decompil\w*|reverse[-\s]engineer\w*|disassembl\w*|edit\w*|derive\w*|"
    r"port|ported|rework\w*|rewrit\w*|remix\w*|transform\w*|customi[sz]\w*|patch\w*|tweak\w*|build\s+(?:up)?on|"
    r"extend|extended)\b",
    r"\bno\s+(?:derivative|derived|modified|altered|changed|edited|modifications?|changes|adaptations?|ports?|translations?|"
    r"forks?|forking)\b",
    r"^\W*(?:porting|translating|adapting|modifying|changing|altering|forking|rewriting|decompiling)\b[^.;]{0,60}?"
    r"\b(?:requires?|needs?|is\s+(?:not\s+)?(?:permitted|allowed|prohibited|forbidden|barred))\b",
    r"^\W*(?:any\s+|all\s+)?(?:derivative\s+works?|modifications?|modified\s+versions?|adaptations?|ports?|"
    r"translations?|forks?|derived\s+works?|changes|alterations?)\b[^.;]{0,40}?\b(?:(?:may|shall|shalt|must|can)\s+(?:not|never|only)|"
    r"(?:is|are)\s+(?:permitted|allowed|licen[cs]ed)\b[^.;]{0,40}?\bonly\b|"
    r"(?:may|can)\s+be\s+\w+\s+only|needs?|requires?)\b",
    r"\b(?:forks?|forking)\b[^.;]{0,100}?\b(?:is|are)\s+(?:not\s+(?:permitted|allowed)|prohibited|forbidden)\b",
    r"\b(?:modifications?|derivative\s+works?|modified\s+versions?|derived\s+works?|adaptations?|changes|"
    r"alterations?|edits)\b[^.;]{0,50}?\b(?:is|are)\s+(?:not\s+(?:permitted|allowed)|prohibited|forbidden)\b",
    r"\b(?:only|solely|exclusively)\s+(?:in\s+|of\s+)?(?:its\s+|their\s+|the\s+)?(?:(?:unmodified|original|unaltered|"
    r"unchanged|pristine|exact|identical|verbatim)"
    r"(?:,\s*|\s+and\s+|\s+or\s+|\s+))+(?:form|state|condition|version|archive|package|cop(?:y|ie)|release|"
    r"distribution|file|tarball)s?\b",
    r"\b(?:modified\s+versions?|modifications?|derivative\s+works?|derived\s+works?|adaptations?|changed\s+versions?|"
    r"changes|alterations)"
    r"\b[^.;]{0,80}?\b(?:may|shall|shalt|must|can|will)\s+(?:not|never)\s+be\s+(?:distributed|published|shared|released|"
    r"made|created|sold|conveyed)\b",
    r"^\W*(?:modified\s+versions?|modifications?|derivative\s+works?|derived\s+works?|adaptations?|changed\s+versions?|"
    r"changes|alterations)\b[^.;]{0,160}?\b(?:may|shall|shalt|must|can|will)\s+(?:not|never)\s+be\s+(?:distributed|published|"
    r"shared|released|sold|conveyed|made\s+available|given|passed\s+on|transferred)\b",
    r"\b(?:must|shall|shalt)\s+(?:remain|be\s+kept|stay)\s+(?:unmodified|unaltered|unchanged)\b",
    r"\b(?:must|shall|shalt)\s+(?:only\s+)?(?:be\s+)?(?:passed\s+on|distributed|redistributed|copied|shared|conveyed|"
    r"published)\s+(?:only\s+)?(?:unchanged|unmodified|unaltered|as\s+received|in\s+(?:its|their|the)\s+"
    r"(?:original|unmodified|unaltered|exact)\s+form)\b",
    r"\bonly\s+in\s+(?:exactly\s+)?the\s+(?:same\s+|exact\s+)?form\s+in\s+which\b",
    r"\b(?:only|solely|exclusively)\s+(?:in\s+the\s+form\s+of|as|in)\s+(?:(?:exact|unaltered|unmodified|unchanged|verbatim|"
    r"identical|pristine)(?:,\s*|\s+and\s+|\s+or\s+|\s+))+(?:copies|versions?|form|releases?|archives?|packages?|files?)\b",
    r"\bonly\s+(?:exactly\s+)?as\s+(?:it\s+was\s+|they\s+were\s+|it\s+is\s+|you\s+)?(?:received|obtained|downloaded|"
    r"supplied|delivered|released)\b",
    r"\b(?:every|each|all|any)\s+(?:of\s+its\s+)?(?:files?|parts?|components?|modules?|sources?)\s+(?:being\s+)?(?:left|kept)\s+"
    r"(?:entirely\s+|wholly\s+)?(?:unaltered|unmodified|unchanged|intact)\b",
    r"\bonly\s+(?:the\s+)?(?:unmodified|unaltered|unchanged|pristine|original\s+and\s+unmodified)\b",
    r"\b(?:copies|versions?|works?|builds?|files?)\s+(?:that|which)\s+(?:have\s+been|has\s+been|are|were|is)\s+(?:\w+\s+)?"
    r"(?:modified|altered|changed|edited|patched|adapted)\b[^.;]{0,40}?\b(?:not|never)\b",
    r"\b(?:altered|changed|modified|edited|patched)\s+(?:versions?|copies|source|builds?)\b[^.;]{0,80}?\b(?:may|shall|shalt|"
    r"must|can|will)\s+(?:not|never)\s+be\s+(?:passed\s+on|distributed|published|shared|released|sold|given)\b",
    r"\bpatch\s+files?\b[^.;]{0,40}?\b(?:not|neither|nor|prohibited|forbidden)\b|\b(?:neither|nor|not)\b[^.;]{0,40}?"
    r"\bpatch\s+files?\b",
    r"\b(?:must|shall|shalt)\s+(?:be\s+)?(?:passed\s+on|distributed|redistributed|copied|kept|shared|conveyed)\s+(?:only\s+)?"
    r"verbatim\b",
    r"\b(?:whoever|anyone\s+who|if\s+you)\s+(?:\w+\s+){0,2}?(?:changes?|modif(?:y|ies)|alters?|edits?)\b[^.;]{0,60}?"
    r"\b(?:loses?|forfeits?|terminat\w*)\b",
    r"\b(?:do|does|shall|will)\s+not\s+(?:extend|apply|reach)\s+to\s+(?:any\s+)?(?:derivative\s+works?|derivatives|"
    r"modifications?|modified\s+versions?|forks?|adaptations?|altered\s+versions?)\b",
    rf"\bto\s+(?:{_DIST_VERB}|release|make\s+public)\s+(?:a|an|any|the|your)?\s*(?:changed|modified|altered|edited|forked|derived)\s+"
    r"(?:versions?|copies|code|builds?|works?)\b[^.;]{0,40}?\b(?:is|are)\s+not\s+(?:allowed|permitted)\b",
    r"\b(?:modified|altered|changed|edited)\s+(?:copies|versions?)\s+(?:must|may|shall|can)\s+(?:never|not)\s+leave\b",
    r"\b(?:alterations?|changes|modifications?|altered\s+(?:copies|versions?)|modified\s+(?:copies|versions?))\b"
    r"[^.;]{0,80}?\b(?:is|are)\s+(?:\w+\s+)?not\s+covered\b",
    r"\b(?:alterations?|changes|modifications?|altered\s+copies|modified\s+copies)\b[^.;]{0,50}?\b(?:is|are)\s+"
    r"(?:\w+\s+)?(?:excluded|unlicen[cs]ed|not\s+licen[cs]ed)\b",
)

TECH_NOUN: Final = (
    r"(?:platforms?|operating\s+systems?|processors?|architectures?|cpus?|chips?(?:ets?)?|browsers?|clouds?|"
    r"cloud\s+(?:platforms?|providers?|services?)|instruction\s+sets?|app\s+(?:stores?|markets?|marketplaces?)|(?:mobile\s+|smart\s+)?devices?|"
    r"(?:mobile\s+|smart\s*)?phones?|tablets?|consoles?|mainframes?|gpus?|graphics\s+cards?|accelerators?|"
    r"virtual\s+machines?|hypervisors?|runtimes?|game\s+engines?|apis?|interfaces?|protocols?|hardware|infrastructure|firmware|microcontrollers?|"
    r"(?:programmable\s+logic|logic|hardware|device|embedded)\s+controllers?|plcs|controllers?(?=\s+(?:made|built|sold|manufactured|"
    r"from|by|of)\b)|boards?|kernels?|distros?|"
    r"(?:desktop|laptop|personal|home|server)\s+computers?|computers?|desktops?|laptops?|workstations?|pcs|"
    r"(?:hosting|cloud|infrastructure)\s+providers?|(?:your\s+)?own\s+servers?|data\s+cent(?:er|re)s?|"
    r"embedded\s+(?:devices?|systems?|boards?))"
)
TECH_NAME: Final = (
    r"(?:(?:Microsoft\s+)?Windows|macOS|Linux|Android|iOS|ARM|x86(?:-64)?|RISC-V|AWS|Azure|(?i:linux|macos|android))"
)

#: A word for a technology (a platform, a device, a hosting provider).
TECH_WORD: Final = compile_cues(rf"\b{TECH_NOUN}\b")
#: A technology named by its name or its kind (``Microsoft Windows``, ``operating systems``).
TECH_NAMED: Final = compile_cues(rf"\b(?-i:{TECH_NAME})\b|\b{TECH_NOUN}\b")

#: Any machine of a kind (``on any computer``): no technology in particular, when the sentence names what else
#: is denied there.
ANY_TECH: Final = compile_cues(
    rf"\bany\s+(?!other\b)(?:[\w-]+\s+)?{TECH_NOUN}\b"
    r"(?!(?:\s+[\w-]+){0,2}?\s+(?:other\s+than|except|but|besides|apart\s+from|outside|not)\b)"
)

TECHNOLOGY: Final = compile_cues(
    rf"\b(?:limited|restricted|confined)\s+to\s+(?:running|using|executing|installing|operating)\s+(?:it|the\s+\w+|this\s+\w+)\s+"
    rf"(?:on|with|under)\s+(?:[\w-]+\s+){{0,3}}?(?:{TECH_NOUN}|(?-i:{TECH_NAME}))\b",
    # Machines named by what they run (``only for use ... on computers running the X operating system``).
    r"\b(?:only|solely|exclusively)\b[^.;]{0,60}?\b(?:on|with|under)\s+(?:[\w-]+\s+){0,3}?(?:computers?|machines?|devices?|"
    r"systems?|hardware|servers?)\s+(?:running|powered\s+by|based\s+on|equipped\s+with|using|(?:that|which)\s+(?:carry|bear|"
    r"have|hold|contain)|carrying|bearing|having)\b",
    rf"\b(?:limited|restricted|confined|tied)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{TECH_NOUN}|(?-i:{TECH_NAME}))\b",
    rf"\b(?:and|but)\s+(?:on|in|for|to|with|through)\s+no\s+other\s+(?:[\w-]+\s+)?{TECH_NOUN}\b",
    rf"\b(?:hosted|deployed|installed|run|executed|operated)\s+(?:only\s+|solely\s+|exclusively\s+)?(?:on|in|under|with)\s+"
    rf"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?(?:{TECH_NOUN}|(?-i:{TECH_NAME}))\b",
    rf"\b(?:ports?|porting|versions?|builds?|releases?|binaries|packages?)\s+(?:of\s+(?:the|this|our)\s+(?:software|program|"
    rf"library|code|project|work)\s+)?(?:to|for)\s+(?:the\s+|any\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{TECH_NOUN}|(?-i:{TECH_NAME}))\b",
    rf"\b(?:other\s+than|except(?:\s+(?:through|via|on|in|from))?|outside(?:\s+of)?)\s+(?:through\s+|via\s+|on\s+|from\s+)?"
    rf"(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{TECH_NOUN}|(?-i:{TECH_NAME}))\b",
    rf"\b(?:runs?|running|executes?|executing|is\s+installed|is\s+deployed|operates?)\s+(?:only\s+)?(?:on|under|with|"
    rf"in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?(?:{TECH_NOUN}|(?-i:{TECH_NAME}))\b",
    rf"^\W*only\s+(?:[\w-]+\s+){{0,2}}?(?:{TECH_NOUN}|computers?|machines?|servers?)\b[^.;]{{0,50}}?\b(?:may|can|shall)\b",
    rf"\b(?:used|run|accessed|operated|controlled|driven|invoked|available|accessible|offered|provided)\s+(?:through|via|with|by\s+means\s+of)\s+(?:a|an|the|any)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:interfaces?|{TECH_NOUN})\b",
    rf"\b(?:not|never|only|solely|exclusively)\s+(?:[\w-]+\s+){{0,4}}?(?:on|for|to|in|through|via)\s+(?:any\s+(?:other\s+)?|"
    rf"the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?(?:{TECH_NOUN}\b|(?-i:{TECH_NAME})\b)(?!\s+(?:whose|designed|intended|built|"
    r"made|used)\b)",
    rf"\b(?:on|for|to)\s+any\s+other\s+(?:[\w-]+\s+){{0,2}}?{TECH_NOUN}\b",
    rf"\b(?:on|with|for|in|under|through|via)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{TECH_NOUN}|(?-i:{TECH_NAME}))\s+"
    r"(?:[\w-]+\s+)?(?:only|solely|exclusively)\b",
    rf"\b(?:use|usage|installation|deployment|running|execution|distribution|access)\s+(?:(?:(?:of|to)\s+)?(?:it|this|the\s+"
    rf"software|the\s+program)\s+)?(?:on|with|in|under|through|via)\s+(?:any\s+|the\s+|a\s+|an\s+)?(?:[\w,-]+\s+){{0,5}}?(?:{TECH_NOUN}|"
    rf"(?-i:{TECH_NAME}))\b[^.;]{{0,120}}?\b(?:is|are)\s+(?:not\s+(?:permitted|allowed|licen[cs]ed|covered)|prohibited|"
    r"forbidden|excluded)\b",
    r"\b(?:devices?|hardware|machines?|computers?|equipment)\s+not\s+(?:manufactured|made|sold|supplied|built|branded|"
    r"certified|approved)\s+by\s+(?-i:[A-Z])[\w-]*",
    # Devices of one maker: a technology (four of six writers read it so), not a product.
    r"\b(?:only|solely|exclusively)\b[^.;]{0,50}?\b(?:devices?|hardware|machines?|appliances?|equipment)\s+(?:manufactured|made|sold|supplied|built|"
    r"branded)\s+by\s+(?-i:[A-Z])[\w-]*",
    r"\bclick(?:ing|s|ed)?\b[^.;]{0,40}?\b(?:accept|agree|button|checkbox)",
    r"\bclick[-\s]?(?:through|wrap)\b",
    rf"\b(?:offer|offering|provide|providing|expose|exposing|serve|serving|mak(?:e|ing)\s+[^.;]{{0,40}}?available)\b"
    rf"[^.;]{{0,40}}?\b(?:through|via)\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){{0,2}}?(?:interfaces?|{TECH_NOUN})\b",
    rf"\b{TECH_NOUN}\b[^.;]{{0,40}}?\bno\s+other\s+(?:channels?|platforms?|stores?|means|ways?|devices?|systems?|"
    r"routes?)\b",
    r"\b(?:only|solely|exclusively)\s+(?:for\s+(?:use|deployment|installation|distribution|running)\s+)?(?:on|with|"
    r"for|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:platforms?|operating\s+"
    r"systems?|devices?|hardware|browsers?|clouds?|app\s+stores?|processors?|chips?)\b",
    rf"\bonly\s+(?:be\s+)?(?:(?:run|used|executed|deployed|installed|operated|compiled|built)\s+(?:on|with|in|for)\s+"
    rf"(?:and|or)\s+)?(?:run|used|executed|deployed|installed|operated|compiled|built)\s+(?:on|with|in|for)\s+"
    rf"(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{TECH_NOUN}|machines?)\b",
    rf"\b{TECH_NOUN}\b[^.;]{{0,40}}?\b(?:is|are)\s+(?:excluded|not\s+(?:covered|permitted|allowed|licen[cs]ed)|"
    r"prohibited|forbidden)\b",
)


PRODUCT: Final = compile_cues(
    r"\blicen[cs]ed\s+(?:only\s+|solely\s+)?for\s+use\s+as\s+(?:a\s+)?part\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*",
    r"\b(?:not|no)\b[^.;]{0,60}?\boutside\s+(?:of\s+)?(?:that|this|the)\s+(?:distribution|product|bundle|suite|platform|package|kit|"
    r"system)\b",
    r"\b(?:limited|restricted|confined)\s+to\s+copies\s+(?:that|which)\s+(?:form|are|remain)\s+(?:a\s+)?part\s+of\s+(?:the\s+|an?\s+)?"
    r"(?:official\s+)?(?-i:[A-Z])[\w-]*",
    r"\b(?:may|shall|must|can)\s+not\s+be\s+extracted\b",
    r"\btogether\s+with\s+the\s+rest\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*",
    r"\b(?:only|solely|exclusively)\b[^.;]{0,100}?\bas\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:part|component|module|plug-?in|"
    r"extension|add-?on)\s+(?:of|for|to)\s*,?\s+(?:(?:the|an?)\s+)?(?:(?:official|genuine|original|authori[sz]ed)\s+)?"
    r"(?!(?:Software|Program|Library|Code|Work|Licensor|License|You|Your|This|That|Its|Their|Any|All|A|An)\b)"
    r"(?-i:[A-Z])[\w-]*",
    # A defined bundle the copy must stay in (``for so long as the Software remains part of an Authorised Bundle``).
    r"\b(?:for\s+so\s+long\s+as|as\s+long\s+as|while|only\s+(?:if|when|while))\b[^.;]{0,60}?\b(?:remains?|stays?|is|are|"
    r"continues?\s+to\s+be)\s+(?:\w+\s+)?(?:part\s+of|within|inside|bundled\s+with|included\s+in)\s+(?:an?\s+|the\s+)?"
    r"(?-i:[A-Z])[\w-]*",
    r"\b(?:only|solely|exclusively)\s+in\s+respect\s+of\s+copies\b[^.;]{0,120}?\b(?:in|within|inside|part\s+of)\s*,?\s+"
    r"(?:an?\s+|the\s+)?(?-i:[A-Z])[\w-]*",
    # Only inside a product that also ships X (``only as an integral part of a product that also ships the Y Runtime``).
    r"\b(?:only|solely|exclusively)\s+as\s+(?:an?\s+)?(?:integral\s+)?part\s+of\s+(?:a|an|any)\s+(?:\w+\s+)?(?:product|"
    r"distribution|bundle|package|system|application)\s+(?:that|which)\s+(?:also\s+)?(?:ships?|includes?|contains?|bundles?)\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w-]*",
    # A copy that leaves the product loses the grant (``any copy that is no longer distributed as part of X``).
    r"\bno\s+longer\s+(?:\w+\s+){0,2}?(?:part\s+of|(?:distributed|shipped|bundled|included|used|supplied)\s+(?:as\s+(?:a\s+)?"
    r"part\s+of|with|in(?:side)?|within))\s+(?:the\s+|an?\s+)?(?:official\s+)?(?-i:[A-Z])[\w-]*",
    r"\b(?:covers?|appl(?:y|ies)\s+to|extends?\s+to)\s+(?:only\s+)?(?:the\s+)?use\s+of\s+(?:the|this)\s+(?:code|software|library|"
    r"program|module)\s+(?:with(?:in)?|inside|in)\s+(?-i:[A-Z])[\w-]*",
    r"\b(?:in|for|with|inside)\s+any\s+other\s+(?:programs?|products?|applications?|software|projects?|engines?|systems?)\b"
    r"[^.;]{0,30}?\b(?:is|are)\s+not\s+(?:licen[cs]ed|permitted|allowed|covered)\b",
    # Only as part of an installation of X (``solely as part of an installation of TerraGrid Server``).
    r"\b(?:only|solely|exclusively)\s+as\s+(?:a\s+)?part\s+of\s+(?:an?\s+|the\s+)?(?:installation|deployment|copy|distribution|"
    r"release|build)\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*",
    r"\b(?:pull|rip|lift|strip)\w*\s+(?:it|the\s+\w+|this\s+\w+)\s+out\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*",
    r"\b(?:only|solely|exclusively)\s+(?:\w+\s+){0,6}?as\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:part|component|module|plug-?in|extension|"
    r"add-?on)\s+(?:of|for|to)\s+(?:(?:the|an?)\s+)?(?:(?:official|genuine|original|authori[sz]ed)\s+)?(?!(?:Software|Program|Library|Code|Work|Licensor|License|You|Your|This|"
    r"That|Its|Their|Any|All|A|An)\b)(?-i:[A-Z])[\w-]*",
    r"\b(?:together\s+with|with|inside|within|as\s+part\s+of)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*[^.;]{0,60}?\band\s+not\s+"
    r"otherwise\b",
    r"\btak(?:e|es|ing|en)\s+(?:it|the\s+\w+|this\s+\w+)\s+out\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:products?|"
    r"distributions?|suites?|platforms?|applications?|packages?|bundles?|systems?|devices?|kits?|sdks?|frameworks?)\b",
    r"\b(?:only|solely|exclusively|just)\s+(?:\w+\s+){0,3}?(?:inside|within)\s+(?:[a-z][\w-]*\s+){0,3}?(?:for|of)\s+"
    r"(?:the\s+)?(?!(?:Software|Program|Library|Code|Work|You|Your|This|That|Its|Their|Any|All|A|An)\b)(?-i:[A-Z])[\w-]*",
    r"\bas\s+(?:a\s+|an\s+)?(?:part|component|module|plug-?in|extension|add-?on)\s+(?:of|for|to)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,3}?\s+only\b",
    r"\b(?:apart|separately|away)\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w-]*[^.;]{0,30}?\b(?:is|are)\s+not\s+(?:permitted|"
    r"allowed|licen[cs]ed|covered)\b",
    r"\b(?:covers?|appl(?:y|ies)\s+to|extends?\s+to)\s+(?:(?:the|this)\s+(?:software|library|program|code|module|"
    r"component|firmware)|it|copies)\s+"
    r"(?:only\s+|solely\s+|exclusively\s+)?as\s+"
    r"(?:shipped|distributed|supplied|included|delivered|provided|bundled)\s+(?:with(?:in)?|in|inside|as\s+part\s+of)\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w-]*",
    r"\bonly\b[^.;]{0,60}?\bas\s+(?:a\s+)?part\s+of\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,2}?(?-i:[A-Z])[\w-]*",
    r"\b(?:use|usage|running|distribution|deployment)\s+(?:of\s+(?:this|the|our)\s+(?:\w+\s+)?)?outside\s+(?:of\s+)?"
    r"(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+)?(?-i:[A-Z])[\w-]*",
    r"\b(?:only|solely|exclusively|just)\s+(?:\w+\s+){0,3}?(?:as\s+(?:a\s+)?part\s+of|inside|within|in|with|for)\s+"
    r"(?:the\s+|an?\s+|its\s+)?(?:[a-z][\w-]*\s+){0,2}?(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,2}?\s+(?:releases?|"
    r"distributions?|editions?|products?|suites?|engines?|applications?|apps?|studios?|toolkits?)\b",
    r"\bnot\s+(?:in|for|with|inside)\s+(?:any\s+)?other\s+(?:programs?|products?|applications?|software|projects?|"
    r"engines?|systems?)\b",
    r"\bonly\b[^.;]{0,50}?\b(?:distributed|shipped|supplied|used|installed|delivered|sold|run)\s+(?:as\s+(?:a\s+)?part\s+"
    r"of|with(?:in)?|inside|together\s+with|bundled\s+with|in\s+conjunction\s+with)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*",
    r"\b(?:granted|licen[cs]ed|given|valid)\s+(?:only\s+)?for\s+(?:use\s+)?(?:with(?:in)?|inside|in|on)\s+(?:the\s+)?"
    r"(?!(?:Software|Program|Library|Code|Work|Licensor|License|You|Your|This|That|Its|Their|Any|All|A|An)\b)"
    r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*",
    r"\bdo(?:es)?\s+not\s+(?:carry\s+over|extend|transfer|apply)\s+to\s+(?:any\s+)?other\s+(?:distributions?|products?|"
    r"systems?|platforms?|suites?|applications?)\b",
    r"\bas\s+(?:a\s+)?part\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*[^.;]{0,40}?\b(?:and\s+)?(?:for\s+no\s+other|not\s+"
    r"(?:otherwise|separately|elsewhere|on\s+its\s+own|independently))\b",
    r"\b(?:only|solely|exclusively)\s+(?:for|to)\s+(?:use\s+(?:with|in|inside|within)\s+|extend(?:ing)?\s+|"
    r"enhanc(?:e|ing)\s+|support(?:ing)?\s+|run(?:ning)?\s+(?:with|in|inside|on)\s+|integrat(?:e|ing)\s+(?:with|into)\s+|"
    r"(?:be\s+)?(?:used|run)\s+(?:with|in|inside|within)\s+)(?:the\s+)?(?!(?:Software|Program|Library|Code|Work|"
    r"Licensor|License|You|Your|This|That|Its|Their|Any|All|A|An)\b)(?-i:[A-Z])[\w-]*",
    r"\b(?:extract\w*|separat\w*|remov\w*|detach\w*|tak(?:e|ing)\s+(?:it\s+)?out)\b[^.;]{0,40}?\b(?:for\s+use\s+)?"
    r"(?:elsewhere|in\s+other\s+(?:products?|programs?|applications?|software))\b",
    r"\b(?:limited|restricted|confined|tied)\s+to\s+(?:[\w-]+\s+){0,2}?(?:with|in|on|inside|within|as\s+part\s+of)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:products?|product\s+lines?|distributions?|suites?|devices?|kits?|appliances?|"
    r"releases?|editions?)\b",
    r"\b(?:only|solely|exclusively)\b[^.;]{0,60}?\b(?:with|of|in|within|inside|for),?\s+(?:the\s+)?(?-i:[A-Z])[\w-]*"
    r"(?:\s+[\w-]+){0,2}?\s+(?:releases?|distributions?|editions?|products?|suites?|engines?|applications?|apps?|"
    r"studios?|toolkits?|sdks?)\b",
    r"\bonly\s+(?:\w+\s+){0,4}?as\s+(?:a\s+|an\s+)?(?:part|component|module|plug-?in|extension|add-?on)\s+"
    r"(?:of|for|to)\s+(?:the\s+)?(?!(?:Software|Program|Library|Code|Work|Licensor|License|You|Your|This|That|Its|"
    r"Their|Any|All|A|An)\b)(?-i:[A-Z])[\w-]*",
    r"\bas\s+(?:a\s+)?part\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,3}?\s+and\s+not\s+separately\b",
    # A use named as part of a product, and every other use left out (``use as a component of X; any other use
    # falls outside this License``).
    r"\bas\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:part|component|module|plug-?in|extension|add-?on)\s+(?:of|for|to|in)\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w-]*[^.]{0,40}?\b(?:any|all|every)\s+other\s+(?:use|uses|usage|distribution|copies)\b",
    r"\b(?:only|solely|exclusively|just)\s+(?:(?:for\s+)?(?:while|when|if|as\s+long\s+as)\s+(?:[\w-]+\s+){0,4}?)?"
    r"(?:together\s+with|with|"
    r"as\s+(?:a\s+)?part\s+of|inside|within|in\s+conjunction\s+with|as\s+an?\s+(?:plug-?in|extension|add-?on|"
    r"component|module)\s+(?:for|to|of))\s+(?:the\s+)?(?!(?:Software|Program|Library|Code|Work|Licensor|License|"
    r"You|Your|This|That|Its|Their|Any|All|A|An)\b)(?-i:[A-Z])[\w-]*",
    r"\b(?:separated?|separates|removed?|removes|extract(?:s|ed)?|detach(?:es|ed)?|split|take\s+out|taken\s+out|"
    r"unbundled?)\s+(?:it\s+|(?:the|this)\s+(?:software|library|program|code|package|module|component|plug-?in|"
    r"tool)\s+|(?:any|a|one|some)\s+(?:[\w-]+\s+){0,2}?)?from\s+(?:the\s+|that\s+|this\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:products?|distributions?|suite|platform|applications?|packages?|bundles?|systems?|devices?|kits?|"
    r"appliances?|sdks?|frameworks?)\b",
    r"\bsepara(?:te|tes|ted|ting)\s+(?:it|(?:the|this)\s+(?:software|library|program|code|package|module|component|plug-?in))\s+"
    r"from\s+(?:the\s+)?(?!(?:Software|Licensor|License)\b)(?-i:[A-Z])[\w-]*",
    r"\b(?:used|run|distributed|shipped|sold|offered|use\s+it|run\s+it|ship\s+it)\s+(?:on\s+its\s+own|separately|independently|alone|standalone|"
    r"as\s+a\s+stand-?alone)\b",
    r"\b(?:only|solely|exclusively)\s+(?:as\s+(?:a\s+)?part\s+of|(?:when|while)\s+(?:(?:it|the\s+software)\s+is\s+)?(?:distributed|used|"
    r"shipped)\s+(?:with|as\s+(?:a\s+)?part\s+of|inside|in)|in\s+conjunction\s+with|together\s+with|inside|"
    r"within)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:products?|distributions?|suite|platform|applications?|"
    r"services?|devices?|systems?)\b",
    r"\bonly\s+(?:to|for)\s+(?:the\s+)?(?:use|usage|distribution)\s+(?:of\s+(?:the\s+)?(?:software|program|code)\s+)?"
    r"(?:as\s+(?:a\s+)?part\s+of|with(?:in)?|inside|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:products?|distributions?|"
    r"suite|platform|applications?|app|services?|devices?|systems?)\b",
)

#: The software passed on "alone or with" other software: the other software only widens what is forbidden.
ALONE_OR: Final = compile_cues(
    r"\b(?:alone|on\s+its\s+own|by\s+itself|separately|stand-?alone|in\s+isolation)\s*,?\s+or\s+(?:\w+\s+){0,3}?"
    r"(?:with|together|alongside|as\s+(?:a\s+)?part\s+of|in|inside|within)\b",
)

#: A click that accepts terms: an interface (OSD 10), unless further terms come with it (then the agreement first).
#: A belief someone states, just before the words it governs (``The maintainers believe that software ought to``):
#: what is believed binds no one.
BELIEF_BEFORE: Final = compile_cues(
    r"(?<!\byou\s)(?<!\bYou\s)\b(?:believes?|think|thinks|feel|feels|hope|hopes|(?:is|are)\s+convinced|holds?\s+the\s+view)\s+"
    r"(?:that\s+)?[^.;:]{0,80}$",
)

#: A hope or wish just before a future (``we sincerely hope that it will never be used to cause harm``): what is
#: hoped for binds no one. The future must be in the hope's own clause (no comma, "but" or "however" between).
HOPE_BEFORE: Final = compile_cues(
    r"\b(?:hope|hopes|hoping|wish|wishes|trust|trusts)\s+(?:that\s+)?(?:(?!\b(?:but|however|yet)\b)[^.;:,]){0,80}$",
)

#: The authors under no obligation (``the Licensor is under no obligation to publish it``, ``has no obligation to
#: provide it``): their own duty, no word on the force of the license's terms.
LICENSOR_UNDER: Final = compile_cues(
    r"\b(?:licensors?|authors?|we|i|maintainers?|copyright\s+holders?|developers?|contributors?)\s+(?:(?:is|are|am)\s+under|"
    r"(?:has|have|bears?)|(?:is|are|am)\s+(?:bound\s+by|subject\s+to))\s+$",
)

CLICK: Final = compile_cues(r"\bclick")
#: Terms accepted by a click (``These terms are accepted by clicking "I Agree"``): an assent tied to an interface,
#: binding without a binding word.
CLICK_ASSENT: Final = compile_cues(
    r"\b(?:accept\w*|agree\w*|assent\w*|bound)\b[^.;]{0,40}?\bby\s+(?:\w+\s+)?click(?:ing)?\b",
    r"\bclick(?:ing|s|ed)?\s+(?:on\s+)?(?:the\s+)?[\"\u201c']?(?:I\s+)?(?:agree|accept)[\"\u201d']?[^.;]{0,40}?\b(?:accept\w*|agree\w*|"
    r"assent\w*|bound)\b",
)

#: A use for oneself (``for private, internal use``): the only use left to changes that may not be passed on.
OWN_USE: Final = compile_cues(
    r"(?:for\s+)?(?:the\s+)?(?:(?:your|their|its|one's)\s+own\s+)?(?:(?:private|internal|personal|own|in-house)\s*,?\s*(?:and\s+|or\s+)?)+"
    r"(?:use|uses|usage|purposes?)(?:\s+only)?",
)

#: Obligations that restate what open source licenses commonly ask (keep notices, share alike): binding, but
#: they restrict none of the targets above.
COPYLEFT: Final = compile_cues(
    r"\b(?:under|with)\s+(?:the\s+)?(?:same|this|these|identical)\s+(?:licen[cs]e|terms)\b",
)

#: Phrases that grant rather than limit, and adverbial phrases that name no target (``in advance``); they are
#: blanked out before targets are looked for.
PERMISSIVE: Final = compile_cues(
    r"(?<!-)\bin\s+(?:advance|full|arrears|total|addition|particular|general|part|whole|any\s+event|such\s+(?:a\s+)?case)\b",
    r"\bfor\s+any\s+(?:lawful\s+)?(?:purpose|use|application)s?(?:\s+whatsoever)?\b",
    r"\b(?:with|without)\s+(?:or\s+without\s+)?(?:fee|restriction|limitation|modification)s?\b",
    r"\bin\s+any\s+(?:medium|media|form)\b",
    r"\bany\s+person\s+obtaining\b",
    r"\b(?:to\s+)?permit\s+persons\s+to\s+whom\b",
    r"\bin\s+all\s+copies\b",
    r"\bin\s+(?:supporting|the)\s+documentation\b",
    r"\bin\s+(?:source|binary)\s+(?:and\s+binary\s+)?forms?\b",
    r"\bexcept\s+(?:as\s+(?:expressly|otherwise)|where\s+(?:explicitly\s+|otherwise\s+)?noted|as\s+required)\b",
    r"\bin\s+compliance\s+with\b",
    r"\b(?:licen[cs]e|terms|text|notice|conditions?|clauses?|sections?|exceptions?|which|that)\b[^.;]{0,40}?"
    r"\bappl(?:y|ies)\s+to\b",
)

GENERIC_PERSONS: Final = re.compile(
    r"\b(?:another|any\s+other|a\s+third|that|the\s+other)\s+part(?:y|ies)\b|"
    r"\b(?:a|any|each|every|the|that)\s+recipients?(?:\s+of\s+(?:the|this|a\s+copy\s+of\s+the)\s+(?:software|program|code|library|"
    r"work))?\b|"
    r"\b(?:by|to|for)\s+(?:anyone|any\s+(?:one|person|individual|party|user|licensee|recipient)|you|the\s+licensee|"
    r"persons?\s+to\s+whom|(?:any\s+|a\s+)?third\s+part(?:y|ies)|others|the\s+public|every(?:one|body)|all)\b"
    r"|\b(?:parties|persons|people|anyone|anybody|users|recipients)\s+outside\s+(?:of\s+)?(?:your|the\s+licensee'?s?|its|"
    r"their)\s+(?:own\s+)?(?:organi[sz]ation|company|team|household|firm|institution)\b"
    r"|\b(?:anyone|anybody|whoever|any\s+(?:one|person|user|party|entity|organi[sz]ation|licensee)|customers?|"
    r"recipients?|users?|buyers?|purchasers?|licensees?)\s+(?:who|that|which)\s+"
    r"(?:uses?|receives?|obtains?|copies|distributes?|modifies|runs?|installs?|downloads?|ships?|sells?|bundles?|"
    r"hosts?|offers?|deploys?|includes?|embeds?|publishes|provides?|incorporates?|integrates?|buys?|purchases?)\b",
    re.IGNORECASE,
)

#: The other party of a required agreement or consent (``written consent from Example Labs GmbH``): that party
#: grants, it is not the one restricted, so it is blanked out before persons are looked for.
AGREEMENT_PARTY: Final = compile_cues(
    r"\b(?:vest|vests|belong|belongs|assigned|transferred)\s+(?:in|to)\s+[^.;,]{1,60}",
    r"\b(?:approved|authori[sz]ed|cleared|signed\s+off|agreed|consented|sanctioned|countersigned)\s+(?:to\s+)?"
    r"(?:in\s+writing\s+|in\s+advance\s+|beforehand\s+)?by\s+[^.;,]{1,60}",
    r"\b(?:consent|permission|approval|authori[sz]ation|agreement|contract|arrangement)\s+(?:in\s+writing\s+)?"
    r"(?:from|with)\s+[^.;,]{1,60}",
    r"\b(?:payable|paid|due|owed|payments?)\s+(?:\w+\s+){0,2}?to\s+[^.;,]{1,60}?(?=\s+of\b|[.;,]|$)",
    # The payee of an amount owed (``owes Example Systems B.V. a royalty``, ``pay Example Ltd a fee``).
    r"\b(?:owes?|owing|pays?|paying|remits?|remitting)\s+(?:to\s+)?(?:(?:(?-i:[A-Z])[\w&.'-]*|&)(?:\s+|,\s*)){1,6}?"
    r"(?=(?:a|an|the|any|one|\d)\b)",
    # The owner of what stays confidential (``the confidential information of Example Systems``).
    r"\b(?:confidential\s+information|trade\s+secrets?)\s+of\s+"
    r"(?:(?-i:[A-Z])[\w&.'-]*(?:\s+|$)){1,6}",
    r"\b(?:keys?|tokens?|accounts?|codes?|registration)\s+(?:from|with)\s+[^.;,]{1,60}",
    r"\b(?:keys?|tokens?|codes?|licen[cs]es?|certificates?)\b[^.;]{0,20}?\bissued\s+by\s+[^.;,]{1,60}",
    r"\b(?:registered|paid\s+for)\s+(?:with|to),?\s+(?:and\s+(?:\w+\s+){1,3}?(?:with|to),?\s+)?[^.;,]{1,60}",
)

USE_FOR: Final = compile_cues(
    rf"\b{USE_VERB}\b[^.;]{{0,80}}?\bas\s+(?:[\w-]+,?\s+(?:or\s+|and\s+)?){{0,4}}?(?:training|input|evaluation)\s+data\b[^.;]{{0,60}}",
    # A use relating to a field, however long the list before it (``any use of this software relating to the
    # manufacture, marketing, distribution or sale of tobacco``).
    rf"\b(?:(?:use|usage)\s+)?of\s+(?:this|the)\s+(?:software|program|code|library|work)\s+(?:relating|related|pertaining|"
    rf"connected)\s+to\b[^.;]{{0,100}}?\b{FIELD_WORD}\b",
    r"\b(?:whose|with\s+the|having\s+the|with\s+a)\s+(?:main\s+|primary\s+|sole\s+|chief\s+)?(?:purpose|aim|"
    r"function|goal|object|objective)\s+(?:is|of)\b[^.;]{0,80}",
    rf"\b{USE_VERB}\b(?:(?!\b(?:if|when|unless|because|while|who|which|whom|whose|where|whether)\b)[^.;]){{0,60}}?"
    rf"\b(?:for(?!-)|in|towards?|within|as\s+(?:a\s+)?part\s+of|in\s+connection\s+with|in\s+support\s+of|"
    rf"in\s+the\s+service\s+of|to\s+{PURPOSE_VERB})\b[^.;]{{0,80}}",
    r"\b(?:for|in|(?:limited|restricted|confined|reserved)\s+(?:exclusively\s+|solely\s+)?to)\s+(?:any\s+)?"
    r"(?:\w+\s+){0,3}?(?:purposes?|applications?|activit(?:y|ies)|projects?|"
    r"industr(?:y|ies)|sectors?|operations|endeavou?rs?|research|teaching|education)\b",
    rf"\bto\s+{PURPOSE_VERB}\b[^.;]{{0,60}}?\b{FIELD_WORD}\b",
    r"\b(?:use|usage|application)\s+of\s+(?:the|this)\s+(?:software|program|code|library|work|project)\s+(?:to|for|in)\s+"
    r"(?!(?:the|a|an|any|this|that|its|their|your|which|whom|it|them|accordance|compliance)\b)[a-z]+",
    r"\b(?:purposes?|uses?)\s+only\b",
    rf"\b{USE_VERB}\s+(?:the\s+software|this\s+software|the\s+program|this\s+program|the\s+code|it|them)\s+"
    r"(?:in\s+order\s+)?to\s+(?!(?:the|a|an|any|this|that|its|their|your|you|us|them|it|extent|be)\b)[a-z]+",
    r"^\W*[A-Za-z]+ing\s+(?:[\w-]+\s+){0,3}?(?:with|using|through|via|from|by\s+means\s+of)\s+(?:the|this)\s+"
    r"(?:software|program|code|library|work)\b",
)

FIELD_ONLY: Final = compile_cues(rf"\b{FIELD_WORD}\b")

#: A sentence about contributing, by its subject: it concerns contributors, not the licensee's use.
CONTRIBUTION_SUBJECT: Final = compile_cues(
    r"^\s*(?:all\s+|any\s+)?(?:contributors?|contributions?|by\s+(?:contributing|submitting|opening|sending|making)|"
    r"pull\s+requests?|patches|patch\s+submissions?|commits|merge\s+requests?)\b",
    r"^\s*(?:people|persons|anyone|those|everyone)\s+(?:who|that)\s+(?:submit|contribute|send|open|propose)\w*\b",
)

#: A sentence whose subject is the authors binds the authors, not the licensee, unless it is about the grant.
LICENSOR_SUBJECT: Final = compile_cues(
    r"^\s*(?:we|i|the\s+(?:authors?|maintainers?|copyright\s+holders?|licensors?|developers?|project))\b(?!\s+(?:grant|license))",
)

GRANT_WORD: Final = compile_cues(
    r"\b(?:grants?|granted|licen[cs]es?|licen[cs]ed|permission|rights?|permits?|allows?)\b",
)

WEAK_LIMIT: Final = compile_cues(
    r"\b(?:unless|except|excepting|excluding|other\s+than|but\s+not|save\s+for|with\s+the\s+exception\s+of|"
    r"apart\s+from)\b",
    r"\b(?:only|solely|exclusively)\s+(?:if|when|for|by|to|within|in|as|on|upon|with|after|once|while|under|through|"
    r"via|until)\b",
    r"\b(?:only|solely|exclusively)\s*(?=[.;)]|$)",
    r"\bfor\s+no\s+other\s+(?:purpose|use|product|reason)s?\b",
    r"\band\s+not\s+(?:in|for|with|on|by|inside)\s+(?:any\s+)?other\b",
    r"\band\s+not\s+otherwise\b",
    r"\b(?:through|via|on|in|by|from|with)\s+no\s+other\s+(?:channels?|platforms?|stores?|means|ways?|devices?|"
    r"systems?|routes?|products?|distributions?)\b",
    r"\bprovided\s+(?:that|it|you|the)\b",
    r"\bif\s+(?:you|the\s+licensee|it|the\s+software)\s+(?:is|are|will\s+be)\s+(?:used|employed|deployed)\b",
)

NON_BINDING_HEADING: Final = compile_cues(
    r"\b(?:requests?|non[-\s]binding|not\s+(?:legally\s+)?binding|not\s+part\s+of\s+the\s+licen[cs]e|"
    r"statement|values|note|notes|thanks|acknowledg\w*|credits|contributing|contributions|third[-\s]party|"
    r"notices?|about|readme|dedication)\b",
)

#: Quick tests that a sentence might hold a restriction at all: a binding word, and a field or a group.
ANY_CUE: Final = compile_cues(*(pattern.pattern for pattern in (PROHIBITION, EXCLUSION, OBLIGATION, WEAK_LIMIT)))

FIELD_OR_GROUP: Final = compile_cues(rf"\b{FIELD_WORD}\b", rf"\b{GROUP_NOUN}\b", NAMED.pattern, CONDUCT.pattern)

STRONG_PERSONS: Final = compile_cues(
    r"\b(?:militar(?:y|ies)|armed\s+forces|police|law\s+enforcement|governments?|corporations?|compan(?:y|ies)|"
    r"organi[sz]ations?|individuals?|groups?|entit(?:y|ies)|employees?|contractors?|agenc(?:y|ies))\b",
)

STRONG_CONDUCT: Final = compile_cues(
    r"\b(?:human\s+rights|labou?r|workers?|wages?|working\s+hours|996|environment\w*|climate)\b",
)

#: Labour as what is used or employed (``employ child labour``, ``no forced labour is used``): the words of a use,
#: but about how the licensee treats people, which is conduct rather than a use of the software.
LABOUR_USED: Final = compile_cues(
    r"\b(?:employ(?:s|ed|ing)?|us(?:e|es|ed|ing))\s+(?:(?!to\b|for\b|by\b|the\s+software\b)\w+\s+){0,3}?"
    r"(?:labou?r|workers?)\b",
    r"\b(?:labou?r|workers?)\s+(?:\w+\s+)?(?:is|are|be|being)\s+(?:used|employed)\b",
)

#: Binding words about how the license is applied (disputes settled by arbitration, which law prevails), which
#: bind the parties to a procedure rather than the licensee to a way of behaving.
PROCEDURAL: Final = compile_cues(
    r"\b(?:shall|shalt|will|must)\s+be\s+(?:settled|resolved|decided|governed|construed|interpreted|heard)\b",
    r"\b(?:laws?|rules?)\b[^.;]{0,80}?\b(?:shall|shalt|will)\s+(?:apply|prevail|govern|control)\b",
)

#: Words that make a sentence read as if it might bind someone: negations, modal verbs of duty, limits and
#: exceptions, words of prohibition, revocation and requirement. A sentence with one of them that the rules
#: recognise neither as a restriction nor as harmless for a stated reason is "unclear": a person must read it.
LOOKS_BINDING: Final = compile_cues(
    r"\b(?:no|not|never|nor|none|nobody|neither|cannot|can't|won't|mustn't|shan't|isn't|aren't|don't|doesn't|dont|"
    r"cant|wont|mustnt|doesnt)\b",
    r"\b(?:must|shall|shalt|only|solely|exclusively|except|unless|provided|required?|requires|requirement|"
    r"conditional|restricted|limited|prohibit\w*|forbid\w*|ban|bans|banned|"
    r"exclud\w*|den(?:y|ies|ied)|refus\w*|revok\w*|revocation|terminat\w*|void|withh[eo]ld\w*|withheld|"
    r"obliged|obligated|oblig\w*|agree|agrees|comply|payable|royalt(?:y|ies)|fees?)\b",
)

#: Words that narrow or negate a grant of more permission (``You may also...``).
NEGATED_GRANT: Final = compile_cues(
    r"\b(?:no|not|never|nor|none|nobody|neither|cannot|can't|won't|only|solely|exclusively|except|unless|"
    r"provided)\b",
)

#: A short sentence that prohibits by naming what is not allowed: ``No military use.``, ``No Palantir.``,
#: ``No forks.``: "No" and at most eight words, without a verb that makes it a statement of fact.
SHORT_PROHIBITION: Final = compile_cues(
    r"^\W*no\s+(?:use|usage|uses|deployment|distribution|redistribution|sale|access|installation|hosting|copies)\s+"
    r"(?:by|for|in|of|to|on|with|within|inside)\b[^.;]{0,200}[.!]?\s*$",
    r"^\W*no\s+(?!(?:warrant\w*|liabilit\w*|guarantee\w*|representations?|responsibility|claims?|support|"
    r"endorsement|(?:other\s+)?(?:rights?|licen[cs]e|permission)s?\s+(?:is|are)\s+(?:needed|required|necessary)|"
    r"need|needed|changes?|modifications?\s+(?:were|have\s+been)|fee\s+(?:is|was)\s+charged|copyright|"
    r"attribution\s+(?:is\s+)?(?:needed|required)|permission\s+(?:is\s+)?(?:needed|required))\b)"
    r"(?:[\w'&.,-]+\s+){0,7}?[\w'&.-]+[.!]?\s*$",
    r"^\W*not\s+(?:for|to\s+be)\s+(?:[\w'&.,-]+\s+){0,7}?[\w'&.-]+[.!]?\s*$",
    r"^\W*[\w'&,-]+(?:\s+[\w'&,-]+){0,5}\s*[:\u2013\u2014]\s*(?:no|never|not\s+allowed|not\s+permitted|forbidden|"
    r"prohibited|banned|excluded)\W*$",
)

#: An inverted prohibition: ``No use by ... is permitted``, ``No commercial use of the Software is allowed``.
INVERTED_PROHIBITION: Final = compile_cues(
    r"^\W*no\s+(?:[\w'&-]+\s+){0,2}?(?:use|usage|uses|deployment|distribution|redistribution|copying|"
    r"modification|sale|resale|reuse|access|copies|forks?|derivatives?|hosting|access)\b[^.;]{0,160}?"
    r"\b(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+|ever\s+)?(?:permitted|allowed|authori[sz]ed|licen[cs]ed|"
    r"granted|tolerated|accepted|sanctioned)\b",
)

#: Says that something is not needed: ``You don't need our permission``, ``No attribution is required``.
NO_NEED: Final = compile_cues(
    r"\b(?:need\s+not|needn't|(?:is|are)\s+not\s+(?:required|obliged|obligated)\s+to)\s+\w+",
    r"\b(?:don't|do\s+not|does\s+not|doesn't|never|won't)\s+(?:\w+\s+){0,2}?(?:need|have\s+to|require)\b",
    r"^\W*no\s+(?:\w+\s+){0,3}?(?:is|are)\s+(?:needed|required|necessary|expected)\b",
    r"\b(?:is|are)\s+not\s+(?:needed|required|necessary)\b",
    r"\bwithout\s+(?:asking|needing|requiring)\b",
)

#: A sentence that states what was or was not done: ``No changes were made to the text above.``
PAST_FACT: Final = compile_cues(
    r"^\W*no\s+(?:[\w'-]+\s+){0,4}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+\w+(?:ed|en|de|ne)\b",
)

#: Using names to endorse or promote: a duty of its own (BSD-3-Clause's third condition), not a trademark notice.
ENDORSEMENT: Final = compile_cues(
    r"\b(?:endorse|promote)\s+(?:or\s+(?:promote|endorse)\s+)?(?:any\s+)?(?:[\w-]+\s+)?products?\b",
    r"\b(?:in\s+)?(?:advertising|publicity)\s+or\s+otherwise\s+to\s+promote\b",
)

#: The subject of a sentence about names and marks: ``The name "Acme" may not be used to endorse...``.
#: The names of persons (``the names of its contributors``, ``the name of the X Consortium``), which a license's
#: endorsement condition protects; a mark named by itself (``the Larkspur name and logo``) is a trademark's business.
NAMES_OF: Final = compile_cues(r"\bnames?\s+of\b")

MARK_SUBJECT: Final = compile_cues(
    r"\b(?:names?|trademarks?|trade\s+marks?|service\s+marks?|logos?|marks|trade\s+names?|brand(?:s|ing)?)\b",
)

#: A statement of what the grant does not include, without saying whom or what it excludes:
#: ``This notice does not grant any patent rights beyond those stated above.``
GRANT_SCOPE: Final = compile_cues(
    r"\b(?:does|do|shall|shalt|will)\s+not\s+(?:grant|convey|transfer|give)\s+(?:you\s+)?(?:any\s+)?(?:\w+\s+){0,2}?"
    r"(?:rights?|licen[cs]es?|permissions?)\b",
)

# ---------------------------------------------------------------------------------------------------------------
# Binding force by sentence structure: closed word classes, not phrases. A sentence with one of these binds
# someone unless a narrow recogniser says why it does not (see ``_classify._checked``).
# ---------------------------------------------------------------------------------------------------------------

#: Modal verbs and phrases of duty (``must``, ``shall``, ``has to``, ``is required to``, ``is owed``).
DUTY_MODAL: Final = compile_cues(
    GOVERNED_BY_POLICY,
    # "shall mean" defines a term; it binds no one.
    r"\b(?:must|shall|shalt|ought\s+to|gotta)\b(?!\s+(?:mean|refer\s+to|have\s+the\s+(?:same\s+)?meaning)\b)",
    r"\b(?:have|has|you've)\s+got\s+to\b",
    r"\b(?:has|have|had|needs?)\s+to\s+(?!do\s+with\b)\w+",
    r"\b(?:is|are|be|being)\s+(?:required|obliged|obligated|bound|expected)\s+to\b",
    r"\b(?:is|are|be|being)\s+(?:also\s+|additionally\s+|further\s+)?bound\s+by\b",
    r"\b(?:is|are)\s+to\s+be\s+(?!construed|interpreted|read|understood)\w+",
    r"\b(?:is|are|be|becomes?|remains?)\s+(?:due|payable|owed|owing)\b",
    r"\bowes?\b",
    r"\bincur(?:s|red)?\b",
    r"\b(?:obliges?|obligates?|requires?|forces?|compels?)\s+(?:you|the\s+licensee|licensees?|them|recipients?)\s+to\b",
    # Not the law that governs marks or patents instead of this license (``governed by trademark law``).
    r"\b(?:governed\s+by|construed\s+(?:in\s+accordance\s+with|under))\s+(?:the\s+)?(?!(?:ordinary\s+|applicable\s+|general\s+)?"
    r"(?:trade\s*mark|patent|unfair\s+competition)\s+laws?\b)(?:\w+\s+)?laws?\b",
    r"\b(?:exclusive|sole|non-exclusive)\s+jurisdiction\b",
    r"\b(?:venue|forum)\s+for\s+(?:any\s+)?(?:dispute|claim|action|proceeding)",
    r"\b(?:requires?|require|required|needs?|needed|subject\s+to|conditional\s+(?:up)?on|contingent\s+(?:up)?on)\s+"
    r"(?!no\b|not\b|neither\b)(?:[\w-]+\s+){0,3}?(?:permission|consent|approval|ok|okay|authori[sz]ation|agreement|licen[cs]e|sign[-\s]?off|"
    r"go[-\s]ahead|blessing|payment|fee|registration|subscription)\b",
    r",\s*payable\b",
    r"\bbecomes?\s+the\s+(?:sole\s+|exclusive\s+)?property\s+of\b",
    r"\b(?:is|are)\s+hereby\s+assigned\b",
)

#: A modal verb or permission negated, an imperative negated, or a subject that is no one: prohibitions.
NEGATED_MODAL: Final = compile_cues(
    r"\b(?:may|can|could|shall|shalt|must)\s+(?:not|never)\b",
    r"\b(?:will|would)\s+(?:not|never)\s+be\s+(?:permitted|allowed|licen[cs]ed|granted|authori[sz]ed)\b",
    r"\b(?:cannot|can't|mustn't|shan't|mayn't)\b",
    r"(?:^|[;:,(]\s*|\b(?:and|but|so|then)\s+)(?:(?:please|pls|plz|just|simply|also|only)\s+)?(?:do\s+not|don't|dont|"
    r"never)\s+\w+",
    r"\bno\s+(?:[\w-]+,?\s+){0,8}?(?:may|shall|shalt|can|will|is\s+to|are\s+to)\b",
    r"\bno\s+other\s+(?:[\w-]+\s+){0,12}?(?:may|shall|shalt|can)\b",
    r"\b(?:nobody|no\s+one)\b",
    r"\bnot\s+to\s+(?!(?:the|a|an|any|be|mention|say|speak|worry)\b)[a-z]+",
    r"(?<=\bbut\s)not\s+(?:to\s+)?(?:be\s+)?(?:[\w-]+,?\s+){0,2}?(?:sold|resold|rented|leased|lent|distributed|redistributed|"
    r"sublicen[cs]ed|published|shared|modified|changed|altered|used|run|copied|sell|rent|lease|distribute|publish|modify|"
    r"change|alter|use|run|copy)\b",
)

#: Where one clause of a sentence ends and another begins: a request or a disclaimer in one clause does not
#: govern binding words in the next (``you are welcome to read it, but not to run it``).
CLAUSE_BREAK: Final = compile_cues(r"\b(?:but|however|yet|whereas|although|though)\b", r"[;:]", r"\s[-\u2013\u2014]\s")

#: What the grant does not reach: not licensed, not covered, outside the scope, no rights, excluded.
SCOPE_LIMIT: Final = compile_cues(
    r"^\W*no\s+(?:right|rights|licen[cs]e|permission)\b[^.;]{0,80}?\b(?:is|are)\s+(?:hereby\s+)?(?:granted|given|conferred)\b",
    r"\bnot\s+(?:be\s+)?made\s+available\b",
    # A grant said not to reach something (``Nothing in this license authorises the use of the Software to ...``).
    r"^\W*nothing\s+(?:in\s+)?(?:this|the|these)\s+(?:[\w-]+\s+){0,2}?(?:authori[sz]es|permits|allows|grants|licen[cs]es|"
    r"entitles|confers)\b(?![^.;]{0,100}?\b(?:trade\s*marks?|trade\s+names?|service\s+marks?|names?|marks?|logos?|"
    r"patents?|endorse\w*)\b)",
    r"\bnot\s+(?:be\s+)?(?:licen[cs]ed|licensees?|covered|granted|given|extended|available|permitted|allowed|"
    r"authori[sz]ed|valid|entitled|eligible)\b",
    r"\b(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?(?:scope|reach|limits|bounds)\b",
    r"\b(?:gets?|receives?|has|have|acquires?|obtains?|holds?|enjoys?|is\s+granted|are\s+granted|is\s+given|"
    r"are\s+given)\s+no\s+(?:\w+\s+)?(?:rights?|licen[cs]es?|permissions?)\b",
    r"\b(?:gets?|receives?|has|have|acquires?|obtains?|is\s+granted|are\s+granted)\s+(?:not\s+)?any\s+"
    r"(?:\w+\s+)?(?:rights?|licen[cs]es?|permissions?)\b",
    r"\b(?:un|non-?)licen[cs]ed\b",
    r"\b(?:extends?|extended|appl(?:y|ies)|(?:is|are)\s+(?:granted|given|available|made))\s+(?:\w+\s+){0,2}?to\s+"
    r"(?:[\w-]+\s+){0,3}?(?:only|alone|exclusively|solely)\b",
    r"\bnone\s+of\s+(?:the\s+|these\s+|its\s+|this\s+)?(?:rights?|permissions?|licen[cs]es?|grants?|terms|freedoms?)\b"
    r"[^.;]{0,40}?\b(?:apply|applies|extend|extends|is\s+granted|are\s+granted|is\s+available|are\s+available|"
    r"takes?\s+effect|becomes?\s+effective|vests?)\b",
    r"\bnothing\b[^.;]{0,60}?\b(?:allows?|permits?|authori[sz]es?|entitles?|lets?)\s+(?:you|anyone|the\s+licensee)\b",
    r"\bnothing\b[^.;]{0,60}?\b(?:grants?|gives?|confers?|conveys?|extends?)\s+(?:any\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:rights?|licen[cs]es?|permissions?)\s+(?:\w+\s+){0,3}?to\b(?!\s+(?:use|anyone|anybody|you)\b)"
    r"(?!\s+(?:[\w-]+\s+){0,3}?(?:names?|trademarks?|trade\s+marks|logos?|marks|patents?|brands?)\b)",
    r"\bexclu(?:de|ded|des|ding|sion)\b",
    r"\bexcepted\s+from\b",
    r"\b(?:and|but)\s+(?:on|in|for|to|with|through|by)\s+no\s+other\b",
    # A definition of the licensee that sizes it (``"Licensee" means ... a company whose revenue stays below``).
    r"[\"\u201c']?\b(?:you|licensees?|users?|recipients?)[\"\u201d']?\s+(?:\([^)]{0,40}\)\s+)?(?:means|shall\s+mean|refers\s+to)\b"
    r"[^.;]{0,100}?\b(?:whose|with\s+(?:fewer|less|more)\s+than|that\s+(?:has|have|employs?|earns?))\b",
    r"[\"\u201c']?\b(?:you|licensees?|users?|recipients?)[\"\u201d']?\s+(?:\([^)]{0,40}\)\s+)?(?:means|shall\s+mean|refers\s+to)\b"
    r"[^.;]{0,80}?\b(?:other\s+than|excluding|but\s+not|save\s+for|(?:who|that|which)\s+(?:is|are)\s+not)\b",
    r"\b(?:does|do|did|will|shall|shalt)\s+not\s+(?:allow|permit|authori[sz]e|cover|extend|apply|reach|include|license|"
    r"carry\s+over|transfer|pass)\b",
    r"\b(?:reserved|restricted|confined|limited)\s+(?:exclusively\s+|solely\s+|only\s+)?(?:to|for)\b",
    r"\b(?:ineligible|off[-\s]limits?|not\s+eligible|barred|banned|prohibited|forbidden|withheld|denied|unavailable|"
    r"withholds?\s+(?:\w+\s+)?(?:permission|rights?|licen[cs]es?|the\s+grant)|"
    r"disqualified)\b",
    r"\bnot\s+(?:a\s+)?part\s+of\s+(?:what|the\s+(?:grant|rights?|permissions?))\b",
    r"(?:^|;)\W*(?!(?:this|that|the|these|such|our|my)\s+(?:\w+\s+){0,2}?(?:requests?|wish|wishes|notes?|sections?|"
    r"statements?|paragraphs?|text|plea|appeal|messages?|preamble|addendum|words|files?|readme|documents?)\b)"
    r"[^.;]{0,80}?\b(?:is|are|falls?|lies?|stays?|remains?|sits?|stands?)\s+(?:\w+\s+)?(?:outside|beyond)\s+"
    r"(?:of\s+)?(?:the|this)\s+(?:licen[cs]e|grant|permissions?)\b",
    rf"^\W*(?:(?:this|the)\s+(?:software|program|code|library|work|project|licen[cs]e|grant)\s+(?:is|are)|licen[cs]ed|"
    rf"provided|available|released|offered|granted|free)\s+(?:only\s+|solely\s+|exclusively\s+)?(?:for|to)\s+"
    rf"(?:\w+\s+){{0,2}}?{FIELD_WORD}",
)

#: The grant lapsing: rights that end, stop, expire or are lost.
LAPSE: Final = compile_cues(
    r"\b(?:rights?|licen[cs]es?|permissions?|grant|this\s+licen[cs]e)\b[^.;]{0,60}?\b(?:(?<!\bthe\s)(?<!\ban\s)ends?|ended|ceases?|stops?|"
    r"expires?|lapses?|terminat\w*|revok\w*|forfeit\w*|void|valid\s+(?:for|until|only|while)|comes?\s+to\s+an\s+end|"
    r"(?:is|are)\s+at\s+an\s+end|no\s+longer\s+"
    r"(?:appl(?:y|ies)|valid|in\s+(?:force|effect)))\b",
    r"\b(?:stops?|ends?|ceases?)\s+(?:where|when|if|once|on|at|upon)\b",
    r"\blos(?:e|es|ing|t)\s+(?:\w+\s+){0,2}?(?:rights?|licen[cs]es?|permissions?)\b",
    r"\b(?:in\s+)?(?:breach|violation)\s+of\s+(?:this|the)\s+(?:licen[cs]e|terms|grant)\b",
    r"\b(?:is|are|constitutes?|counts\s+as|amounts\s+to)\s+(?:a\s+)?(?:material\s+)?(?:breach|violation)\b",
    r"\b(?:breach(?:es)?|violat(?:es?|ing)|voids?|voided|terminates?|revokes?|cancels?|forfeits?|ends)\s+(?:this|the|your|"
    r"its|their|any|all)\s+(?:\w+\s+)?(?:licen[cs]e|rights?|grant|permissions?|terms)\b",
)

#: A sentence that is a question, or only an answer word: it asks or answers, and binds no one.
QUESTION_OR_ANSWER: Final = compile_cues(
    r"(?<!\bok)(?<!\bokay)(?<!\bright)(?<!\bdeal)(?<!\byes)(?<!\bclear)\?\W*$",
    r"^\W*(?:[AQ]\s*:\s*)?(?:no|yes|none|n/a|nothing)\W*$",
)

#: The first person or the licensor as the subject just before a binding word: the authors bind themselves
#: (``we can't stop you``, ``the maintainers will not``).
LICENSOR_BEFORE: Final = compile_cues(
    # Not the object of a preposition (``confidential information of the Licensor and may not be published``: the
    # subject is what is confidential), and not joined to the next clause by a conjunction.
    r"(?<!\bof\s)(?<!\bto\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\bwith\s)(?<!\bfor\s)"
    r"\b(?:we|i|the\s+(?:authors?|maintainers?|licensors?|copyright\s+holders?|developers?|contributors?))\s+"
    r"(?:(?!(?:and|or|but|nor|so|yet|then)\b)\w+\s+)?$",
)

#: An imperative: a sentence or clause that begins with a verb of doing addressed to the reader.
IMPERATIVE: Final = compile_cues(
    r"(?:^|[;:]\s*|^\W*(?:before|after|if|when|once|unless|until)\b[^.;]{0,80}?,\s*)\W*"
    # Not a contact for those who want to know more (``write to support@... for details``).
    r"(?!(?:write\s+to|email|e-mail|contact)\s+(?:[^.;]|\.(?=\S)){0,80}?\bfor\s+(?:further\s+|more\s+)?(?:details|information|"
    r"questions|enquiries|inquiries|pricing|a\s+quote)\b)"
    r"(?:email|e-mail|contact|write|ask|pay|send|report|register|notify|inform|tell|credit|cite|"
    r"display|show|include|link|mention|give|donate|buy|purchase|sign|obtain|get|wait|make|provide|publish|submit|"
    r"return|delete|remove|stop|treat|respect|use|run|deploy|apply|keep)\s+(?!(?:of|in|by)\b)\w+",
)

#: A condition put on the grant.
CONDITION_MARK: Final = compile_cues(
    r"\b(?:but|and)\s+not\s+(?:on|in|for|with|by|to|through|via|inside|within)\s+(?:any|the|a|an|other)\b",
    # A purpose or use granted with an exception (``for any lawful purpose other than the production of X``).
    r"\b(?:purposes?|uses?|ends|applications?|activit(?:y|ies))\s+(?:\w+\s+)?(?:other\s+than|except(?:\s+for)?|excluding|"
    r"save\s+for|apart\s+from|with\s+the\s+exception\s+of|besides)\b",
    r"\bprovided\s+(?:always\s+|further\s+|however\s+|only\s+)?(?:that|you|the\s+licensee|licensees?|it|they|such|"
    r"no|any|each|every|all|your)\b",
    r"(?<!\binformational\s)(?<!\binformation\s)(?<!\breference\s)(?<!\bconvenience\s)"
    r"\b(?:only|solely|exclusively)\b(?!\s+(?:for\s+)?(?:information(?:al)?|convenience|reference|a|an)\b)",
    r"\bunless\b",
    r"\bsubject\s+to\b(?!\s+(?:the\s+)?(?:terms|conditions)\s+(?:of|above|below))(?!\s+(?:their|its|his|her)\s+own\b)"
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:laws?|regulations?|rules|controls|sanctions)\b)",
    r"\bon\s+(?:the\s+)?condition\b",
    r"\bin\s+(?:exchange|return)\s+for\b",
    r"\bconditional\b",
    r"\b(?:as|so)\s+long\s+as\b",
    r"\b(?:you|licensees?|users?|recipients?|customers?)\s+(?:will\s+)?need\s+(?:a|an|our|the|your|prior|written)\b",
)

#: The licensee as the subject of a verb of assent or submission, or use that is itself the assent.
ASSENT: Final = compile_cues(
    r"\b(?:licensees?|you|users?|recipients?|redistributors?)\s+(?:hereby\s+|thereby\s+|irrevocably\s+)?(?:agrees?|"
    r"accepts?|consents?|submits?|undertakes?|waives?|covenants?|promises?|commits?|warrants?|represents?|"
    r"certif(?:y|ies)|confirms?|affirms?|declares?)\b",
    # The licensee's assent stated as done (``the redistributor has signed the Agreement``): a condition to meet.
    r"\b(?:licensees?|you|users?|recipients?|redistributors?|distributors?|resellers?)\s+(?:has|have)\s+(?:first\s+|"
    r"already\s+|duly\s+)?(?:signed|accepted|executed|countersigned|agreed\s+to|registered|entered\s+into)\b",
    # Not after a past participle: "output produced by running the Software" names how something is made.
    r"(?<![a-z]ed\s)(?<!made\s)(?<!built\s)(?<!done\s)(?<!generate\s)(?<!create\s)(?<!produce\s)(?<!make\s)"
    r"\bby\s+(?:using|exercising|downloading|installing|copying|accepting|running|redistributing|obtaining)\b",
    r"\b(?:acceptance|assent|agreement|consent)\b[^.;]{0,60}?\bby\s+(?:using|exercising|downloading|installing|"
    r"copying|accepting|running|redistributing|obtaining)\b",
)

#: Negations that only take something away from a restriction or a requirement: ``is not prohibited``,
#: ``does not need``, ``no permission is needed``, ``nothing is prohibited``, ``shall not be construed``.
NEGATION_ONLY: Final = compile_cues(
    # What the software or its authors have not had done (``has not been certified ... by any regulatory body``), what
    # views do not reflect, what the software never does (a verb in the third person: the software, not "you").
    r"\b(?:has|have)\s+not\s+been\s+(?:[\w-]+,?\s+(?:or\s+|and\s+|nor\s+)?){0,3}?(?:certified|validated|approved|"
    r"tested|audited|reviewed|evaluated|verified|accredited)\b",
    r"\bdo(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)\b",
    r"\b(?:owe|owes)\s+(?:us|me|the\s+authors?|anyone|anybody|the\s+licensor)\s+nothing\b",
    r"\b(?:don't|do\s+not|does\s+not|doesn't|won't|will\s+not|need\s+not)\s+owe\s+(?:us|me|the\s+authors?|anyone|anybody|the\s+licensor)?"
    r"\s*(?:anything|a\s+thing|any\s+(?:money|fee|royalty|payment))\b",
    # What the use or the licensee is not subject to (``is not subject to any royalty or fee``).
    r"\b(?:is|are|be|being)\s+not\s+(?:subject\s+to|conditional\s+(?:up)?on|contingent\s+(?:up)?on)\s+(?:any\s+)?"
    r"(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,3}?(?:royalt(?:y|ies)|fees?|charges?|payments?|conditions?|restrictions?|limitations?|"
    r"approval|permission|registration|agreement)\b",
    r"\b(?:there\s+is\s+)?no\s+need\s+(?:for\s+\w+\s+)?to\b",
    # A text offered only to help (``The summary above is offered only to help readers``).
    r"\b(?:is|are)\s+(?:offered|provided|given|included|meant|intended|written)\s+(?:only|solely|purely|just)\s+(?:to\s+(?:help|assist|"
    r"explain|guide|inform|orient)|(?:for|as)\s+(?:(?:the\s+)?(?:readers'?|your)\s+)?(?:convenience|information|reference|guidance|"
    r"orientation))\b",
    # The license's own condition cited (``so long as point 2 above is honoured``): it adds none.
    r"\b(?:so|as)\s+long\s+as\s+(?:point|clause|condition|section|paragraph|item|term)s?\s+\w+\s+(?:above\s+|below\s+)?(?:is|are)\s+"
    r"(?:honou?red|met|followed|respected|observed|kept|complied\s+with)\b",
    r"(?<!\byou\s)(?<!\bYou\s)\b(?:does|do|will|shall)\s+not\s+(?:stop|prevent|prohibit|bar|forbid|restrict|limit)\s+(?:you|anyone|"
    r"licensees?|recipients?|users?|others)\b",
    r"\bunless\s+you\s+(?:yourself\s+)?(?:configure|enable|ask|tell|choose|opt\s+in|turn\s+(?:it\s+)?on|switch\s+(?:it\s+)?on|set)\b",
    r"\bnothing\b[^.;]{0,80}?\b(?:is|constitutes)\s+(?:(?:legal|professional|law|financial|medical|tax|investment),?\s+(?:or\s+)?)+"
    r"advice\b",
    r"\baccepts?\s+no\s+(?:duty|obligation|responsibility|liability)\b",
    r"\b(?:does|do)\s+not\s+(?:take\s+away|affect|limit|exclude|restrict|remove)\s+(?:any\s+)?(?:(?:statutory|legal|consumer|"
    r"mandatory)\s+)?rights\s+(?:that\s+)?you\b",
    r"^\W*no\s+(?:personal\s+|user\s+|private\s+|usage\s+)?(?:data|information|telemetry)\s+(?:is|are|will\s+be|gets?)\s+"
    r"(?:ever\s+)?(?:sent|collected|transmitted|stored|shared|uploaded)\b",
    r"^\W*nothing\s+(?:(?:here|herein|above|below)\s+|in\s+(?:this|the|these)\s+(?:[\w-]+\s+){0,2}?)?(?:forbids?|prohibits?|"
    r"prevents?|bars?|disallows?)\b",
    r"(?<!\byou\s)(?<!\bYou\s)\b(?:never|does\s+not|doesn't|will\s+not|won't)\s+(?:sends?|collects?|transmits?|tracks?|"
    r"records?|logs?|uploads?|phones?\s+home|contacts?)\b(?=[^.;]{0,60}?\b(?:data|telemetry|information|network|servers?|internet|home|"
    r"analytics)\b)",
    r"\b(?:needs?|requires?)\s+no\s+(?:\w+\s+){0,2}?(?:permission|consent|approval|licen[cs]e|authori[sz]ation|"
    r"agreement|registration|fee|payment)\b",
    r"\b(?:places?|imposes?|puts?)\s+no\s+(?:obligations?|restrictions?|conditions?|requirements?|duties)\b",
    r"\b(?:is|are)\s+not\s+(?:considered\s+|deemed\s+|treated\s+as\s+|regarded\s+as\s+)?(?:a\s+)?derivative\s+works?\b",
    r"\b(?:is|are)\s+not\s+subject\s+to\s+(?:this|the)\s+licen[cs]e\b",
    r"\bdoes\s+not\s+imply\s+(?:any\s+)?(?:endorsement|affiliation|sponsorship|approval|association)\b",
    r"\bfor\s+identification(?:\s+purposes)?\s+only\b",
    r"\bnot\s+(?:legal|professional|law)\s+advice\b",
    r"\b(?:this|the)\s+licen[cs]e\s+does\s+not\s+(?:change|alter|affect|override|modify|replace)\s+(?:them|that|those|it|"
    r"these|any)\b",
    r"\bdoes\s+not\s+make\s+(?:that|the|your|such|any|a)\s+(?:[\w-]+\s+){0,2}?subject\s+to\b",
    r"\bnothing\b[^.;]{0,40}?\b(?:obliges?|obligates?|requires?|forces?|compels?)\s+(?:you|anyone|licensees?|"
    r"recipients?)\s+to\b",
    r"\bunless\s+(?:otherwise\s+(?:stated|noted|specified|indicated|marked)|(?:a|the|each)\s+file\s+(?:states|says|is\s+"
    r"marked)\s+otherwise|stated\s+otherwise)\b",
    r"\b(?:does|do|will|shall)\s+not\s+(?:oblige|obligate|force|compel)\s+(?:you|anyone|licensees?|recipients?)\s+to\b",
    # At the start, or as a clause of its own after a comma, a colon or "and" (``..., and no fee is payable``).
    r"(?:^\W*|[,;:]\s*(?:and\s+|but\s+)?|\b(?:and|but)\s+)no\s+(?:[\w-]+,?\s+(?:or\s+|and\s+|nor\s+)?){1,6}?"
    r"(?:of\s+any\s+kind\s+)?(?:is|are)\s+(?:\w+\s+)?(?:needed|required|necessary|payable|due|owed)\b",
    r"\bthere\s+(?:is|are)\s+no\s+(?:[\w-]+\s+){0,2}?(?:restrictions?|limits?|limitations?|conditions?|requirements?)\s+"
    r"(?:on|upon|as\s+to|regarding|concerning)\b",
    r"\bmay\s+or\s+may\s+not\b",
    r"\bonly\s+the\s+(?:[\w-]+\s+){0,2}?(?:text|version|wording)\s+is\s+(?:authoritative|binding|official|legally\s+binding)\b",
    r"\b(?:files?|icons?|fonts?|typefaces?|images?|assets?|artwork|media|sounds?|documentation|data(?:sets?)?)\b[^.;]{0,60}?"
    r"\b(?:is|are)\s+licen[cs]ed\s+separately\b",
    r"\b(?:is|are)\s+for\s+information(?:al)?\s+(?:purposes\s+)?only\b",
    r"\badds?\s+no\s+(?:conditions?|restrictions?|obligations?|requirements?|terms)\b",
    r"\b(?:those|these|the\s+(?:old|earlier|previous|former))\s+terms\s+no\s+longer\s+appl(?:y|ies)\b",
    r"^\W*(?:note\W+)?(?:the\s+|all\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:files?|director(?:y|ies)|folders?|code|contents|assets?|"
    r"librar(?:y|ies)|modules?|components?|dependenc(?:y|ies)|submodules?|packages?)\b[^.;]{0,60}?\b(?:is|are)\s+not\s+"
    r"(?:covered|included|licen[cs]ed)\s+here\b",
    r"\b(?:nobody|no\s+one)\b[^.;]{0,40}?\b(?:is|are)\s+(?:obliged|obligated|required|bound)\s+to\b",
    r"\b(?:does|do|did|will|shall)\s+not\s+(?:by\s+itself|in\s+itself|on\s+its\s+own)\s+(?:require|oblige|force)\b",
    r",?\s*not\s+to\s+(?:limit|restrict|prohibit|forbid|prevent|constrain)\s+(?:how|what|who|whom|where|when|the\s+use|"
    r"your|anyone|you)\b",
    # Terms of other releases that no longer apply, the authors' promise not to revoke, a license that neither adds
    # to nor waives the law, a change of formatting only: each says what binds no one.
    r"\b(?:earlier|older|previous|prior|former|different|other|old)\s+(?:\w+\s+)?(?:terms|licen[cs]es?|conditions)\b"
    r"[^.;]{0,30}?\bno\s+longer\s+appl(?:y|ies)\b",
    r"\b(?:we|i|the\s+(?:authors?|maintainers?|licensors?|copyright\s+holders?|developers?|contributors?))\s+(?:will|shall|"
    r"may|can|do|does)\s*(?:not|never|n't)\s+(?:revoke|withdraw|rescind|cancel|take\s+back)\b",
    r"\b(?:this|the)\s+licen[cs]e\s+neither\s+(?:adds?\s+to|waives?|changes?|alters?|extends?|limits?|overrides?|"
    r"replaces?)\b",
    r"\bchanges?\s+nothing\b",
    # Not a time or a condition (``only after it has been accepted``): that limits.
    r"\bonly\s+(?!(?:after|when|once|if|where|until|upon|while|since|whe?n?ever|as|exactly)\b)(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:changed|altered|modified|"
    r"reformatted|re-?wrapped|reflowed|edited|updated|corrected|fixed|added|removed|renamed|translated|converted|adjusted|"
    r"touched|replaced|rewritten|reworded)\b",
    r"\bnothing\b[^.;]{0,60}?\b(?:prevents?|stops?|prohibits?|restricts?|forbids?|bars?)\s+(?:you|anyone|licensees?|"
    r"recipients?|users?)\s+from\b",
    r"\bthere\s+(?:is|are)\s+no\s+(?:[\w-]+,?\s+(?:or\s+|and\s+|nor\s+)?){0,4}?(?:fees?|charges?|registration|"
    r"contracts?|royalt(?:y|ies)|sign-?ups?|costs?|paperwork|agreements?)\b",
    r"\b(?:are|is)\s+the\s+only\s+(?:conditions?|restrictions?|requirements?|obligations?|terms|limitations?)\b",
    r"^\W*(?!(?:you|licensees?|users?|recipients?|the\s+licensee|we|i)\b)[^.;]{0,120}?\b(?:does|do|"
    r"did)\s+not\s+(?:depict|describe|represent|reflect|collect|store|transmit|track|record|log|gather|send|contain\s+"
    r"any\s+(?:real|personal)|show|phone\s+home)\b",
    r"^\W*(?!(?:you|licensees?|users?|recipients?|the\s+licensee)\b)[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:is|are)\s+not\s+"
    r"(?:an?\s+|the\s+)?(?:official(?:ly)?|affiliated|endorsed|sponsored|associated|connected)\b",
    r"\b(?:nobody|no\s+one)\s+(?:promises|guarantees|warrants|claims|represents|says|asserts|is\s+(?:responsible|"
    r"liable|accountable))\b",
    r"^\W*no\s+(?:other|further|additional|extra)\s+(?:restrictions?|conditions?|requirements?|obligations?|"
    r"limitations?)\s+(?:apply|are\s+imposed|exist)\b",
    r"\b(?:need\s+not|needn't)\s+\w+",
    r"\b(?:not|never|no)\s+(?:\w+\s+){0,3}?(?:prohibited|forbidden|restricted|limited|required|needed|necessary|"
    r"expected|construed|interpreted|deemed|obliged|obligated|owed|due|payable|charged)\b",
    r"\b(?:does|do|did|will|shall|shalt)\s+not\s+(?:prohibit|forbid|restrict|limit|require|ban|bar)\b",
    r"\b(?:cannot|can't|could\s+not)\s+(?:and|or)\s+(?:does|do|will)\s+not\s+(?:prohibit|forbid|restrict|limit|require|ban|bar)\b",
    r"\b(?:have|has)\s+(?:chosen|decided|opted|elected)\s+not\s+to\b",
    r"\b(?:cannot|can't|may\s+not|shall\s+not|will\s+not|won't|is\s+not|are\s+not|never)\s+(?:be\s+)?(?:revoked|"
    r"terminated|withdrawn|cancell?ed|voided|taken\s+(?:away|back))\b",
    r"\b(?:its|their|those|these|such|the\s+other|other)\s+(?:\w+\s+)?(?:terms|licen[cs]es?|conditions)\s+(?:do|does|"
    r"shall|shalt|will)\s+not\s+apply\b",
    r"\b(?:(?:may|shall|shalt|must|should|will|can|could|is|are)\s+)?(?:not|never)\s+(?:to\s+)?be\s+(?:construed|interpreted|deemed|read|understood|taken|regarded|considered|"
    r"treated|seen|relied\s+(?:up)?on)\b"
    # Not one that reads a right out of the grant (``shall not be interpreted to include any right to use it for``).
    r"(?!\s+(?:as|to)\s+includ\w*\W+(?:[\w-]+\W+){0,6}?(?:rights?|permissions?|licen[cs]es?|freedoms?)\s+to\b)",
    r"\bnothing\b[^.;]{0,80}?\b(?:shall|shalt|will|may|should|is\s+to)\s+be\s+(?:construed|interpreted|deemed|read|understood)\b",
    r"\b(?:don't|do\s+not|does\s+not|doesn't|need\s+not|needn't|never|won't|will\s+not)\s+(?:\w+\s+){0,2}?"
    r"(?:need|have\s+to|require|ask)\w*\b",
    r"\b(?:prohibited|forbidden|restricted|excluded|not\s+allowed)\s*[-:\u2013\u2014]+\s*(?:nothing|none|no\s*one|"
    r"nobody)\b",
    r"\bnothing\s+(?:\w+\s+){0,2}?(?:is|are)\s+(?:prohibited|forbidden|restricted|excluded)\b",
    r"\b(?:nobody|no\s+one|no\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:needs?|has|have|"
    r"is\s+required|are\s+required|is\s+obliged|are\s+obliged)\s+to\b",
    # Nothing of a list required (``No registration, sign-up, fee or acceptance of any terms is required to ...``).
    r"^\W*no\s+(?:[\w-]+,?\s+){0,12}?(?:is|are)\s+(?:ever\s+)?(?:required|needed|necessary)\b",
    r"\bwithout\s+(?:asking|needing|requiring|(?:our\s+|any\s+)?permission)\b",
    # Not the source (``The source code of the Program is not included in this distribution``): that withholds it.
    r"^\W*(?:(?:note|nb|n\.b\.|please\s+note)\W+)?(?:the\s+|all\s+|any\s+|some\s+)?(?![\w\s-]{0,30}?\bsource\b)"
    r"(?:[\w-]+\s+){0,2}?(?:files?|director(?:y|ies)|folders?|assets?|images?|"
    r"fonts?|typefaces?|icons?|artwork|graphics|sounds?|audio|videos?|media|datasets?|samples?|examples?|documentation|"
    r"(?:test\s+)?fixtures|test\s+(?:data|files|cases|vectors)|testdata|"
    r"docs|subdirector(?:y|ies)|"
    r"sub-?folders?|submodules?|paths?|components?|modules?|librar(?:y|ies)|packages?|dependenc(?:y|ies)|code|contents)\b[^.;]{0,60}?\b(?:is|are)\s+not\s+(?:covered\s+by|licen[cs]ed\s+under|subject\s+"
    r"to|part\s+of|included\s+in|governed\s+by|distributed\s+under)\s+(?:(?:this|the|these)\s+(?:\w+\s+)?(?:licen[cs]e|"
    r"terms|notice|grant|software|work|program|package|distribution|file|document)|it)\b",
    r"\b(?:this|the)\s+(?:licen[cs]e|notice|terms|grant|dedication|permission)\s+(?:does\s+not|doesn't|do\s+not)\s+"
    r"(?:(?:apply|extend)\s+to|cover)\s+(?:the\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:files?|director(?:y|ies)|folders?|assets?|images?|fonts?|icons?|artwork|media|datasets?|"
    r"samples?|examples?|documentation|docs|manuals?|logos?|trademarks?|submodules?|third[-\s]party\s+\w+)\b",
    r"\bdoes\s+not\s+(?:grant|convey|transfer|give)\s+(?:you\s+)?(?:any\s+)?(?:\w+\s+){0,2}?(?:rights?|licen[cs]es?)\s+"
    r"(?:in|to|under|beyond|other\s+than)\s+(?:use\s+(?:of\s+)?)?(?:any\s+|the\s+|its\s+|our\s+)?(?:[\w\u2019'-]+\s+){0,2}?"
    r"(?:patents?|trademarks?|trade\s+marks?|names?|logos?|marks|those|the\s+rights)\b",
    # What a notice before named (``... are trademarks of X. This license does not grant permission to use them.``).
    r"\bdoes\s+not\s+grant\s+(?:you\s+)?(?:any\s+)?(?:permission|rights?|licen[cs]e)\s+to\s+use\s+(?:them|those|these)\b",
)

#: A condition of the grant just before a negation (``provided that``, ``only if``): the negation is its content.
CONDITION_BEFORE: Final = compile_cues(
    r"\b(?:provided\s+(?:always\s+|only\s+|however\s+)?that|on\s+(?:the\s+)?condition\s+that|only\s+(?:if|when|where|as\s+long\s+as)|"
    r"(?:as|so)\s+long\s+as)\s+(?:[\w-]+\s+){0,3}$",
)

#: A definition of who the licensee is (``"Licensee" means``, ``"You" shall mean``).
DEFINES_LICENSEE: Final = compile_cues(
    r"^\W*(?:(?:for\s+the\s+purposes?\s+of|in|under)\s+this\s+(?:\w+\s+)?licen[cs]e\s*,\s*)?[\"\u201c']?(?:(?:eligible|qualified|qualifying|permitted|authori[sz]ed|approved|"
    r"covered|licensed|shipping|commercial|non-?commercial)\s+)?(?:you|licensees?|"
    r"users?|recipients?)[\"\u201d']?\s+(?:\([^)]{0,40}\)\s+)?(?:means|shall\s+mean|refers\s+to)\b",
)

#: A limiting word (``only``, ``solely``), which after a lifted duty says when the duty is lifted.
LIMITING_ONLY: Final = compile_cues(r"(?:only|solely|exclusively)\b")

#: Liability and warranty as what a negated or modal verb governs: ``shall not be liable``, ``must not be held
#: responsible``: a disclaimer, which binds no licensee.
LIABILITY_GOVERNED: Final = compile_cues(
    r"\b(?:be|been|being|is|are)\s+(?:held\s+)?(?:\w+\s+)?(?:liable|responsible|accountable)\b",
    r"\bhold\s+(?:\w+\s+){1,2}?(?:liable|responsible|accountable)\b",
    r"\b(?:warrant(?:y|ies|s)?|guarantee[sd]?|liab(?:le|ility))\b",
    r"\bat\s+(?:your|their|its)\s+own\s+risk\b",
)

#: A grant, or a statement of what the software is for, addressed to a class of persons or a field: it may
#: leave everyone else out (``Permission is granted to registered charities``), so it is never harmless alone.
RECIPIENT_LIMIT: Final = compile_cues(
    rf"\b(?:is|are|was|were)\s+(?:hereby\s+|also\s+)?(?:granted|licen[cs]ed|made\s+available|available|provided|offered|"
    rf"released|intended|meant|designed|built|written|created|made)\s+(?:\w+\s+)?(?:to|for)\s+(?!(?:any|all|every|"
    rf"everyone|everybody|anyone|anybody|you|the\s+public)\b)(?:[\w-]+\s+){{0,3}}?(?:{GROUP_NOUN}|{FIELD_WORD})\b",
    r"\b(?:is|are)\s+(?:hereby\s+|also\s+)?(?:granted|licen[cs]ed|given|offered|made\s+available)\s+(?:only\s+)?to\s+"
    r"(?!(?:any|all|every|everyone|everybody|anyone|anybody|you|the\s+public)\b)(?:[\w-]+\s+){0,3}?[\w-]+s\b",
)
