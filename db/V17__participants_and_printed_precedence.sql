-- What a document prints beyond its sender and recipient, kept as printed:
-- * participants: the people of a memorandum of conversation, one entry per printed line or item
--   ("The Secretary", "Anatoliy F. Dobrynin, Soviet Ambassador", "U.S. Side:"), in the order printed;
-- * precedence_printed: the precedence in the wording of its era ("us urgent", "Operational Immediate", "Niact"),
--   when one is printed; the precedence column keeps the scale it maps to;
-- * page_first, page_last: the printed labels of the pages the document stands on, whatever the numbering
--   ("xii", "[5]", "1475"); page_start and page_end keep the arabic numbers where the pages have them.
alter table document
    add column participants       text[] not null default '{}',
    add column precedence_printed text check (length(precedence_printed) <= 200),
    add column page_first         text check (length(page_first) <= 60),
    add column page_last          text check (length(page_last) <= 60);
