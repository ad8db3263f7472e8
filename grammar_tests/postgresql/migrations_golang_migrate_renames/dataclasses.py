import datetime

from sqlalchemy import BigInteger, CheckConstraint, DateTime, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Sequence, SmallInteger, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Accounts(Base):
    __tablename__ = 'accounts'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='accounts_pkey'),
        UniqueConstraint('handle', name='accounts_handle_key')
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    handle: Mapped[str] = mapped_column(String(40), nullable=False)
    karma: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('0'))

    submissions: Mapped[list['Submissions']] = relationship('Submissions', back_populates='account')
    votes: Mapped[list['Votes']] = relationship('Votes', back_populates='account')


class Submissions(Base):
    __tablename__ = 'submissions'
    __table_args__ = (
        ForeignKeyConstraint(['account_id'], ['accounts.id'], name='links_account_id_fkey'),
        PrimaryKeyConstraint('id', name='links_pkey'),
        Index('submissions_account_id_idx', 'account_id')
    )

    id: Mapped[int] = mapped_column(BigInteger, Sequence('links_id_seq'), primary_key=True, autoincrement=True)
    account_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    target_url: Mapped[str] = mapped_column(Text, nullable=False)
    submitted_at: Mapped[datetime.datetime] = mapped_column(DateTime(True), nullable=False, server_default=text('now()'))

    account: Mapped['Accounts'] = relationship('Accounts', back_populates='submissions')
    votes: Mapped[list['Votes']] = relationship('Votes', back_populates='submission')


class Votes(Base):
    __tablename__ = 'votes'
    __table_args__ = (
        CheckConstraint("value = ANY (ARRAY['-1'::integer, 1])", name='votes_value_check'),
        ForeignKeyConstraint(['account_id'], ['accounts.id'], ondelete='CASCADE', name='votes_account_id_fkey'),
        ForeignKeyConstraint(['submission_id'], ['submissions.id'], ondelete='CASCADE', name='votes_submission_id_fkey'),
        PrimaryKeyConstraint('submission_id', 'account_id', name='votes_pkey')
    )

    submission_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    account_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    value: Mapped[int] = mapped_column(SmallInteger, nullable=False)

    account: Mapped['Accounts'] = relationship('Accounts', back_populates='votes')
    submission: Mapped['Submissions'] = relationship('Submissions', back_populates='votes')
