import enum

from sqlalchemy import CHAR, CheckConstraint, Column, DateTime, Enum, ForeignKey, ForeignKeyConstraint, Index, Integer, MetaData, Numeric, SmallInteger, String, Table, Text, UniqueConstraint, text

metadata = MetaData()


class IssuesStatus(str, enum.Enum):
    OPEN = 'open'
    IN_PROGRESS = 'in_progress'
    CLOSED = 'closed'


t_open_issues = Table(
    'open_issues', metadata,
    Column('id', Integer),
    Column('project_id', Integer),
    Column('number', Integer),
    Column('title', String(200)),
    Column('assignee_id', Integer)
)

t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True),
    Column('login', Text, nullable=False, unique=True),
    Column('display_name', Text),
    Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP'))
)

t_projects = Table(
    'projects', metadata,
    Column('id', Integer, primary_key=True),
    Column('key', Text, nullable=False, unique=True),
    Column('name', Text, nullable=False),
    Column('owner_id', ForeignKey('users.id'), nullable=False),
    CheckConstraint('length(key) BETWEEN 2 AND 10')
)

t_issues = Table(
    'issues', metadata,
    Column('id', Integer, primary_key=True),
    Column('project_id', Integer, nullable=False),
    Column('parent_id', ForeignKey('issues.id', ondelete='SET NULL')),
    Column('number', Integer, nullable=False),
    Column('title', String(200), nullable=False),
    Column('body', Text),
    Column('status', Enum(IssuesStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'open'")),
    Column('priority', SmallInteger, nullable=False, server_default=text('3')),
    Column('reporter_id', ForeignKey('users.id'), nullable=False),
    Column('assignee_id', ForeignKey('users.id')),
    Column('estimate', Numeric(6, 2)),
    Column('opened_at', DateTime, nullable=False, server_default=text("datetime('now')")),
    Column('closed_at', DateTime),
    CheckConstraint("status IN ('open', 'in_progress', 'closed')"),
    ForeignKeyConstraint(['project_id'], ['projects.id'], ondelete='CASCADE', name='fk_issues_project'),
    UniqueConstraint('project_id', 'number'),
    Index('ix_issues_open', 'assignee_id', sqlite_where=closed_at IS NULL),
    Index('ix_issues_status', 'status')
)

t_labels = Table(
    'labels', metadata,
    Column('id', Integer, primary_key=True),
    Column('project_id', ForeignKey('projects.id'), nullable=False),
    Column('name', Text, nullable=False),
    Column('color', CHAR(7), nullable=False, server_default=text("'#cccccc'"))
)

t_project_members = Table(
    'project_members', metadata,
    Column('project_id', ForeignKey('projects.id'), primary_key=True),
    Column('user_id', ForeignKey('users.id'), primary_key=True)
)

t_comments = Table(
    'comments', metadata,
    Column('id', Integer, primary_key=True),
    Column('issue_id', ForeignKey('issues.id'), nullable=False),
    Column('author_id', ForeignKey('users.id'), nullable=False),
    Column('body', Text, nullable=False),
    Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP'))
)

t_issue_labels = Table(
    'issue_labels', metadata,
    Column('issue_id', ForeignKey('issues.id'), primary_key=True),
    Column('label_id', ForeignKey('labels.id'), primary_key=True)
)
