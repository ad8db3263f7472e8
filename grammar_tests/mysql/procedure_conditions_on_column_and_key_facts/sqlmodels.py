from typing import Optional

from sqlalchemy import CHAR, Column, ForeignKeyConstraint, Index, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER, SMALLINT
from sqlmodel import Field, SQLModel

class Account(SQLModel, table=True):
    __table_args__ = (
        Index('email_key', 'email', unique=True),
        Index('note_prefix', 'note', mysql_length={'note': 20}),
        {'comment': 'people'}
    )

    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    email: str = Field(sa_column=Column('email', String(128), nullable=False))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))
    email_was_required: Optional[int] = Field(default=None, sa_column=Column('email_was_required', INTEGER(11)))
    id_is_int10_unsigned: Optional[int] = Field(default=None, sa_column=Column('id_is_int10_unsigned', INTEGER(11)))
    email_is_uni: Optional[int] = Field(default=None, sa_column=Column('email_is_uni', INTEGER(11)))
    id_auto: Optional[int] = Field(default=None, sa_column=Column('id_auto', INTEGER(11)))
    note_prefix_20: Optional[int] = Field(default=None, sa_column=Column('note_prefix_20', INTEGER(11)))
    innodb_people: Optional[int] = Field(default=None, sa_column=Column('innodb_people', INTEGER(11)))


t_login = Table(
    'login', SQLModel.metadata,
    Column('account_id', INTEGER(10, unsigned=True), nullable=False),
    Column('code', CHAR(6), nullable=False),
    Column('at_hour', SMALLINT(6)),
    Column('code_taken_as_primary', INTEGER(11)),
    Column('at_hour_default_null', INTEGER(11)),
    Column('one_fk_column', INTEGER(11)),
    Column('cascades', INTEGER(11)),
    ForeignKeyConstraint(['account_id'], ['account.id'], ondelete='CASCADE', name='login_account'),
    Index('at_hour_idx', 'at_hour'),
    Index('code_key', 'code', 'account_id', unique=True),
    Index('login_account', 'account_id')
)
