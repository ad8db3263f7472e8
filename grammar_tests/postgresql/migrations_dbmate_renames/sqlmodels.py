import datetime

from sqlalchemy import BigInteger, Boolean, Column, DateTime, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Sequence, String, Text, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, Relationship, SQLModel

class Repositories(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='projects_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, Sequence('projects_id_seq'), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(120), nullable=False))
    is_archived: bool = Field(sa_column=Column('is_archived', Boolean, nullable=False, server_default=text('false')))

    issues: list['Issues'] = Relationship(back_populates='repository')


class Issues(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['repository_id'], ['repositories.id'], ondelete='CASCADE', name='issues_project_id_fkey'),
        PrimaryKeyConstraint('id', name='issues_pkey'),
        Index('issues_repository_state_idx', 'repository_id', 'state')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    repository_id: int = Field(sa_column=Column('repository_id', Integer, nullable=False))
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    state: str = Field(sa_column=Column('state', String(24), nullable=False, server_default=text("'open'::character varying")))
    opened_at: datetime.datetime = Field(sa_column=Column('opened_at', DateTime(True), nullable=False, server_default=text('CURRENT_TIMESTAMP')))
    labels: list[str] = Field(sa_column=Column('labels', ARRAY(Text()), nullable=False, server_default=text("'{}'::text[]")))

    repository: 'Repositories' = Relationship(back_populates='issues')
