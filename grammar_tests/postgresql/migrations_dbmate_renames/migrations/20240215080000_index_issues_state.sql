-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY issues_repository_state_idx ON issues (repository_id, state);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY issues_repository_state_idx;
