-- The drafting line FRUS prints of a State Department document, kept as printed: who drafted it, who cleared it,
-- who approved it ("Drafted by Atherton on June 17; cleared by Sisco; and approved by Sisco."). Modern volumes print
-- it in the source note, older ones as a footnote of its own. Null where none is printed.
alter table document
    add column drafting text check (length(drafting) <= 1000);
