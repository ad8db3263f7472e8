from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import CHAR, CheckConstraint, Column, DateTime, Enum, ForeignKey, ForeignKeyConstraint, Index, Integer, Numeric, SmallInteger, String, Table, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class IssuesStatus(str, enum.Enum):
    OPEN = 'open'
    IN_PROGRESS = 'in_progress'
    CLOSED = 'closed'


t_open_issues = Table(
    'open_issues', Base.metadata,
    Column('id', Integer),
    Column('project_id', Integer),
    Column('number', Integer),
    Column('title', String(200)),
    Column('assignee_id', Integer)
)


class Users(Base):
    __tablename__ = 'users'

    login: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    display_name: Mapped[Optional[str]] = mapped_column(Text)

    projects: Mapped[list['Projects']] = relationship('Projects', back_populates='owner')
    project: Mapped[list['Projects']] = relationship('Projects', secondary='project_members', back_populates='user')
    issues_assignee: Mapped[list['Issues']] = relationship('Issues', foreign_keys='[Issues.assignee_id]', back_populates='assignee')
    issues_reporter: Mapped[list['Issues']] = relationship('Issues', foreign_keys='[Issues.reporter_id]', back_populates='reporter')
    comments: Mapped[list['Comments']] = relationship('Comments', back_populates='author')


class Projects(Base):
    __tablename__ = 'projects'
    __table_args__ = (
        CheckConstraint('length(key) BETWEEN 2 AND 10'),
    )

    key: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    owner_id: Mapped[int] = mapped_column(ForeignKey('users.id'), nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    owner: Mapped['Users'] = relationship('Users', back_populates='projects')
    user: Mapped[list['Users']] = relationship('Users', secondary='project_members', back_populates='project')
    issues: Mapped[list['Issues']] = relationship('Issues', back_populates='project')
    labels: Mapped[list['Labels']] = relationship('Labels', back_populates='project')


class Issues(Base):
    __tablename__ = 'issues'
    __table_args__ = (
        CheckConstraint("status IN ('open', 'in_progress', 'closed')"),
        ForeignKeyConstraint(['project_id'], ['projects.id'], ondelete='CASCADE', name='fk_issues_project'),
        UniqueConstraint('project_id', 'number'),
        Index('ix_issues_open', 'assignee_id', sqlite_where=closed_at IS NULL),
        Index('ix_issues_status', 'status')
    )

    project_id: Mapped[int] = mapped_column(Integer, nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    status: Mapped[IssuesStatus] = mapped_column(Enum(IssuesStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'open'"))
    priority: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default=text('3'))
    reporter_id: Mapped[int] = mapped_column(ForeignKey('users.id'), nullable=False)
    opened_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text("datetime('now')"))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey('issues.id', ondelete='SET NULL'))
    body: Mapped[Optional[str]] = mapped_column(Text)
    assignee_id: Mapped[Optional[int]] = mapped_column(ForeignKey('users.id'))
    estimate: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(6, 2))
    closed_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)

    assignee: Mapped[Optional['Users']] = relationship('Users', foreign_keys=[assignee_id], back_populates='issues_assignee')
    parent: Mapped[Optional['Issues']] = relationship('Issues', remote_side=[id], back_populates='parent_reverse')
    parent_reverse: Mapped[list['Issues']] = relationship('Issues', remote_side=[parent_id], back_populates='parent')
    project: Mapped['Projects'] = relationship('Projects', back_populates='issues')
    reporter: Mapped['Users'] = relationship('Users', foreign_keys=[reporter_id], back_populates='issues_reporter')
    label: Mapped[list['Labels']] = relationship('Labels', secondary='issue_labels', back_populates='issue')
    comments: Mapped[list['Comments']] = relationship('Comments', back_populates='issue')


class Labels(Base):
    __tablename__ = 'labels'

    project_id: Mapped[int] = mapped_column(ForeignKey('projects.id'), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    color: Mapped[str] = mapped_column(CHAR(7), nullable=False, server_default=text("'#cccccc'"))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    issue: Mapped[list['Issues']] = relationship('Issues', secondary='issue_labels', back_populates='label')
    project: Mapped['Projects'] = relationship('Projects', back_populates='labels')


t_project_members = Table(
    'project_members', Base.metadata,
    Column('project_id', ForeignKey('projects.id'), primary_key=True),
    Column('user_id', ForeignKey('users.id'), primary_key=True)
)


class Comments(Base):
    __tablename__ = 'comments'

    issue_id: Mapped[int] = mapped_column(ForeignKey('issues.id'), nullable=False)
    author_id: Mapped[int] = mapped_column(ForeignKey('users.id'), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    author: Mapped['Users'] = relationship('Users', back_populates='comments')
    issue: Mapped['Issues'] = relationship('Issues', back_populates='comments')


t_issue_labels = Table(
    'issue_labels', Base.metadata,
    Column('issue_id', ForeignKey('issues.id'), primary_key=True),
    Column('label_id', ForeignKey('labels.id'), primary_key=True)
)
