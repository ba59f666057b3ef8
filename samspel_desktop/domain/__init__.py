"""Pure domain model of Samspel: no Qt, no SQL, no file access.

Glossary (Swedish domain words and the English names used in code):

* *samspelssamtal* – :class:`~samspel_desktop.domain.model.Conversation`
* *samspelspar* – :class:`~samspel_desktop.domain.model.Pair`: the political and the executive side
* *samtalsguide* – :class:`~samspel_desktop.domain.model.Guide`
* *överenskommelse* – :class:`~samspel_desktop.domain.model.Agreement` and its versions
* *åtagande* – :class:`~samspel_desktop.domain.model.Commitment`
* *gemensam slutsats* – ``Answer.conclusion``
* *förhållningssätt* – the five attitudes rated 1–5 by each side
* *mandatperiod* – :class:`~samspel_desktop.domain.calendar.MandatePeriod`
* *remiss* – consultation of a draft agreement before adoption
"""
