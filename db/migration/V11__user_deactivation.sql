-- An admin deactivates an account instead of deleting it (issue 13, item 6): its history keeps its name,
-- and it can be reactivated. A deactivated account cannot sign in; its sessions and tokens stop working.

ALTER TABLE app_user ADD COLUMN deactivated_at TIMESTAMP(3);
