"""The text-dump pipeline: lines → labels → story region → paragraphs → head → Article.

Stages, each in its own module:

1. ``lines``: normalise line ends and spaces, cut the dump into lines and blocks.
2. ``features`` and ``classify``: label every line content or chrome,
   jusText-style, then let short lines take their context's label.
3. ``region`` (with ``frame``): choose the densest run of content as the story.
4. ``story``: the story's paragraphs in that run, with their kinds.
5. ``head`` (with ``title`` and ``dates``): title, dateline, byline and date above the story.
"""

from __future__ import annotations

from newsparse._assemble import assemble
from newsparse._model import Article, PageFacts, ParagraphKind
from newsparse._options import ParseOptions
from newsparse._reading.language import guess_language, language_sample
from newsparse._reading.lead import finish_dateline, split_dateline
from newsparse._text.classify import first_labels, smooth
from newsparse._text.comments import comment_threads
from newsparse._text.features import code_blocks, line_measure, with_quote_lead_ins
from newsparse._text.frame import post_frame
from newsparse._text.head import read_head
from newsparse._text.lines import TEXT, split_lines
from newsparse._text.region import fallback_region, story_region
from newsparse._text.story import framed_paragraphs, story_paragraphs


def run(text: str, *, url: str | None, options: ParseOptions) -> Article:
    """Parse a plain-text dump of a whole page into an :class:`Article`.

    Raises :class:`NoArticleError` when no line of the dump reads as story text.
    """
    lines = split_lines(text, options)
    measure = line_measure(options)
    features = with_quote_lead_ins(lines, [measure(line[TEXT]) for line in lines], options)
    labels = first_labels(lines, features, options)
    code = code_blocks(lines, features, options)
    threads = comment_threads(lines, features, code, options)
    # A blog post's frame (its head, its foot, the comments under it) vouches for a post
    # too short to weigh for the region; a post so chosen is kept whole.
    frame = post_frame(lines, features, options, stamps=threads.stamps)
    region = story_region(lines, features, labels, code, options, threads=threads, frame=frame)
    smoothed = smooth(labels)
    del labels
    if region == frame:
        kept = framed_paragraphs(lines, features, smoothed, region, options=options)
    else:
        kept = story_paragraphs(lines, features, smoothed, region, code_blocks=code,
                                options=options)
    del smoothed
    fallback: list[int] | None = None  # found once at most: it reads every line
    if not kept:
        # Nothing stands out as prose (a bare page, a poem, a page of short lines): take
        # the densest run of any text that is not page furniture, if there is one.
        fallback = fallback_region(lines, features, options)
        kept = [(i, ParagraphKind.PARAGRAPH) for i in fallback]

    head = read_head(lines, features, [i for i, _ in kept], options, url=url)
    paragraphs = [(lines[i][TEXT], kind) for i, kind in kept if i not in head.used]
    if not paragraphs:
        # The head took all the region had (a lone line read as the title): the story is
        # the densest run of text that is not page furniture, as for a bare page.
        if fallback is None:
            fallback = fallback_region(lines, features, options)
        paragraphs = [
            (lines[i][TEXT], ParagraphKind.PARAGRAPH) for i in fallback if i not in head.used
        ]
    dateline = head.dateline
    # A header line such as "4 September IranExpert" names the site that filed it.
    site_name = dateline.source if dateline is not None else None
    if dateline is None:
        paragraphs, dateline = split_dateline(paragraphs, options)
    facts = PageFacts(
        title=head.title,
        byline=head.byline,
        authors=head.authors,
        published=head.published,
        modified=head.modified,
        # A dump declares no language: the body tells it, when it can.
        language=guess_language(language_sample((text for text, _ in paragraphs), options),
                                options),
        url=url,
        site_name=site_name,
    )
    dateline, facts = finish_dateline(dateline, facts, options)
    return assemble(paragraphs, facts, dateline, what="text dump")
