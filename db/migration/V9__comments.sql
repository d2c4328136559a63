-- An item's comment thread (issue 13): append-only, so two people writing at once never overwrite each
-- other's words. A note written before the thread existed becomes its first comment.

CREATE TABLE item_comment (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id    BIGINT       NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    at         TIMESTAMP(3) NOT NULL,
    author     VARCHAR(100) NOT NULL,
    body       TEXT         NOT NULL
);

CREATE INDEX item_comment_item ON item_comment (item_id, id);

INSERT INTO item_comment (item_id, at, author, body)
SELECT id, updated_at, COALESCE(updated_by, 'unknown'), notes FROM item WHERE notes IS NOT NULL AND TRIM(notes) <> '';
