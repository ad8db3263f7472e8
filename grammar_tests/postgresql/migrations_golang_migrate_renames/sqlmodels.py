import datetime

from sqlalchemy import BigInteger, CheckConstraint, Column, DateTime, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Sequence, SmallInteger, String, Text, UniqueConstraint, text
from sqlmodel import Field, Relationship, SQLModel

class Accounts(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='accounts_pkey'),
        UniqueConstraint('handle', name='accounts_handle_key')
    )

    id: int = Field(sa_column=Column('id', BigInteger, primary_key=True, autoincrement=True))
    handle: str = Field(sa_column=Column('handle', String(40), nullable=False))
    karma: int = Field(sa_column=Column('karma', Integer, nullable=False, server_default=text('0')))

    submissions: list['Submissions'] = Relationship(back_populates='account')
    votes: list['Votes'] = Relationship(back_populates='account')


class Submissions(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['accounts.id'], name='links_account_id_fkey'),
        PrimaryKeyConstraint('id', name='links_pkey'),
        Index('submissions_account_id_idx', 'account_id')
    )

    id: int = Field(sa_column=Column('id', BigInteger, Sequence('links_id_seq'), primary_key=True, autoincrement=True))
    account_id: int = Field(sa_column=Column('account_id', BigInteger, nullable=False))
    target_url: str = Field(sa_column=Column('target_url', Text, nullable=False))
    submitted_at: datetime.datetime = Field(sa_column=Column('submitted_at', DateTime(True), nullable=False, server_default=text('now()')))

    account: 'Accounts' = Relationship(back_populates='submissions')
    votes: list['Votes'] = Relationship(back_populates='submission')


class Votes(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("value = ANY (ARRAY['-1'::integer, 1])", name='votes_value_check'),
        ForeignKeyConstraint(['account_id'], ['accounts.id'], ondelete='CASCADE', name='votes_account_id_fkey'),
        ForeignKeyConstraint(['submission_id'], ['submissions.id'], ondelete='CASCADE', name='votes_submission_id_fkey'),
        PrimaryKeyConstraint('submission_id', 'account_id', name='votes_pkey')
    )

    submission_id: int = Field(sa_column=Column('submission_id', BigInteger, primary_key=True))
    account_id: int = Field(sa_column=Column('account_id', BigInteger, primary_key=True))
    value: int = Field(sa_column=Column('value', SmallInteger, nullable=False))

    account: 'Accounts' = Relationship(back_populates='votes')
    submission: 'Submissions' = Relationship(back_populates='votes')
