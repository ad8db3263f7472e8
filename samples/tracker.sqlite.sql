-- An issue tracker (SQLite): projects, members, issues with sub-issues,
-- labels and comments.
PRAGMA foreign_keys = ON;

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE CHECK (length(key) BETWEEN 2 AND 10),
    name TEXT NOT NULL,
    owner_id INTEGER NOT NULL REFERENCES users (id)
);

CREATE TABLE project_members (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, user_id)
);

CREATE TABLE issues (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL,
    parent_id INTEGER,
    number INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    body TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'closed')),
    priority SMALLINT NOT NULL DEFAULT 3,
    reporter_id INTEGER NOT NULL,
    assignee_id INTEGER,
    estimate NUMERIC(6, 2),
    opened_at DATETIME NOT NULL DEFAULT (datetime('now')),
    closed_at DATETIME,
    CONSTRAINT fk_issues_project FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE,
    FOREIGN KEY (parent_id) REFERENCES issues (id) ON DELETE SET NULL,
    FOREIGN KEY (reporter_id) REFERENCES users (id),
    FOREIGN KEY (assignee_id) REFERENCES users (id),
    UNIQUE (project_id, number)
);
CREATE INDEX ix_issues_status ON issues (status);
CREATE INDEX ix_issues_open ON issues (assignee_id) WHERE closed_at IS NULL;

CREATE TABLE labels (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id),
    name TEXT NOT NULL,
    color CHAR(7) NOT NULL DEFAULT '#cccccc'
);

CREATE TABLE issue_labels (
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    label_id INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    PRIMARY KEY (issue_id, label_id)
);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES users (id),
    body TEXT NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE VIEW open_issues AS
    SELECT id, project_id, number, title, assignee_id FROM issues WHERE status <> 'closed';
