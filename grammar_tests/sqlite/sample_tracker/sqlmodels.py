from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import CHAR, CheckConstraint, Column, DateTime, Enum, ForeignKey, ForeignKeyConstraint, Index, Integer, Numeric, SmallInteger, String, Table, Text, UniqueConstraint, text
from sqlmodel import Field, Relationship, SQLModel

class IssuesStatus(str, enum.Enum):
    OPEN = 'open'
    IN_PROGRESS = 'in_progress'
    CLOSED = 'closed'


class Users(SQLModel, table=True):
    login: str = Field(sa_column=Column('login', Text, nullable=False, unique=True))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    display_name: Optional[str] = Field(default=None, sa_column=Column('display_name', Text))

    projects: list['Projects'] = Relationship(back_populates='owner')
    project: list['Projects'] = Relationship(back_populates='user', sa_relationship_kwargs={'secondary': 'project_members'})
    issues_assignee: list['Issues'] = Relationship(back_populates='assignee', sa_relationship_kwargs={'foreign_keys': '[Issues.assignee_id]'})
    issues_reporter: list['Issues'] = Relationship(back_populates='reporter', sa_relationship_kwargs={'foreign_keys': '[Issues.reporter_id]'})
    comments: list['Comments'] = Relationship(back_populates='author')


class Projects(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('length(key) BETWEEN 2 AND 10'),
    )

    key: str = Field(sa_column=Column('key', Text, nullable=False, unique=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    owner_id: int = Field(sa_column=Column('owner_id', ForeignKey('users.id'), nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    owner: 'Users' = Relationship(back_populates='projects')
    user: list['Users'] = Relationship(back_populates='project', sa_relationship_kwargs={'secondary': 'project_members'})
    issues: list['Issues'] = Relationship(back_populates='project')
    labels: list['Labels'] = Relationship(back_populates='project')


class Issues(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("status IN ('open', 'in_progress', 'closed')"),
        ForeignKeyConstraint(['project_id'], ['projects.id'], ondelete='CASCADE', name='fk_issues_project'),
        UniqueConstraint('project_id', 'number'),
        Index('ix_issues_open', 'assignee_id', sqlite_where=closed_at IS NULL),
        Index('ix_issues_status', 'status')
    )

    project_id: int = Field(sa_column=Column('project_id', Integer, nullable=False))
    number: int = Field(sa_column=Column('number', Integer, nullable=False))
    title: str = Field(sa_column=Column('title', String(200), nullable=False))
    status: IssuesStatus = Field(sa_column=Column('status', Enum(IssuesStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'open'")))
    priority: int = Field(sa_column=Column('priority', SmallInteger, nullable=False, server_default=text('3')))
    reporter_id: int = Field(sa_column=Column('reporter_id', ForeignKey('users.id'), nullable=False))
    opened_at: datetime.datetime = Field(sa_column=Column('opened_at', DateTime, nullable=False, server_default=text("datetime('now')")))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', ForeignKey('issues.id', ondelete='SET NULL')))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))
    assignee_id: Optional[int] = Field(default=None, sa_column=Column('assignee_id', ForeignKey('users.id')))
    estimate: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('estimate', Numeric(6, 2)))
    closed_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('closed_at', DateTime))

    assignee: Optional['Users'] = Relationship(back_populates='issues_assignee', sa_relationship_kwargs={'foreign_keys': '[Issues.assignee_id]'})
    parent: Optional['Issues'] = Relationship(back_populates='parent_reverse', sa_relationship_kwargs={'remote_side': '[Issues.id]'})
    parent_reverse: list['Issues'] = Relationship(back_populates='parent', sa_relationship_kwargs={'remote_side': '[Issues.parent_id]'})
    project: 'Projects' = Relationship(back_populates='issues')
    reporter: 'Users' = Relationship(back_populates='issues_reporter', sa_relationship_kwargs={'foreign_keys': '[Issues.reporter_id]'})
    label: list['Labels'] = Relationship(back_populates='issue', sa_relationship_kwargs={'secondary': 'issue_labels'})
    comments: list['Comments'] = Relationship(back_populates='issue')


class Labels(SQLModel, table=True):
    project_id: int = Field(sa_column=Column('project_id', ForeignKey('projects.id'), nullable=False))
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    color: str = Field(sa_column=Column('color', CHAR(7), nullable=False, server_default=text("'#cccccc'")))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    issue: list['Issues'] = Relationship(back_populates='label', sa_relationship_kwargs={'secondary': 'issue_labels'})
    project: 'Projects' = Relationship(back_populates='labels')


t_project_members = Table(
    'project_members', SQLModel.metadata,
    Column('project_id', ForeignKey('projects.id'), primary_key=True),
    Column('user_id', ForeignKey('users.id'), primary_key=True)
)


class Comments(SQLModel, table=True):
    issue_id: int = Field(sa_column=Column('issue_id', ForeignKey('issues.id'), nullable=False))
    author_id: int = Field(sa_column=Column('author_id', ForeignKey('users.id'), nullable=False))
    body: str = Field(sa_column=Column('body', Text, nullable=False))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    author: 'Users' = Relationship(back_populates='comments')
    issue: 'Issues' = Relationship(back_populates='comments')


t_issue_labels = Table(
    'issue_labels', SQLModel.metadata,
    Column('issue_id', ForeignKey('issues.id'), primary_key=True),
    Column('label_id', ForeignKey('labels.id'), primary_key=True)
)
