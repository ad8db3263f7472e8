from typing import Optional

from sqlalchemy import CHAR, Column, ForeignKeyConstraint, Index, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER, SMALLINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = 'account'
    __table_args__ = (
        Index('email_key', 'email', unique=True),
        Index('note_prefix', 'note', mysql_length={'note': 20}),
        {'comment': 'people'}
    )

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(128), nullable=False)
    note: Mapped[Optional[str]] = mapped_column(Text)
    email_was_required: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    id_is_int10_unsigned: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    email_is_uni: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    id_auto: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    note_prefix_20: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    innodb_people: Mapped[Optional[int]] = mapped_column(INTEGER(11))


t_login = Table(
    'login', Base.metadata,
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
