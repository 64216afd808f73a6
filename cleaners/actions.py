"""What happens to each line of an article, as the boilerplate steps decide it."""

KEEP = "keep"
DROP = "drop"
TITLE = "title"
BLANK = "blank"
SPLIT = "split"  # a caption glued to the start of a paragraph: the caption goes, the rest stays
