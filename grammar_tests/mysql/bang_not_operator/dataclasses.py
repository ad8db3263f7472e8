from typing import Optional

from sqlalchemy import CheckConstraint, Column, Computed, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Post(Base):
    __tablename__ = 'post'
    __table_args__ = (
        CheckConstraint('!(`flag` is true) or !(`qty` <=> 0)', name='c_or'),
        CheckConstraint("`code`  not like 'a%%'", name='c_like'),
        CheckConstraint('`code` is not null', name='c_null'),
        CheckConstraint('`qty` <> 0', name='c_twice'),
        CheckConstraint('`qty` not in (1,2)', name='c_in')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    flag: Mapped[Optional[int]] = mapped_column(TINYINT(1))
    qty: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    code: Mapped[Optional[str]] = mapped_column(String(9))
    not_flag: Mapped[Optional[int]] = mapped_column(TINYINT(4), Computed('(`flag` = 0)', persisted=False))
    not_sum: Mapped[Optional[int]] = mapped_column(TINYINT(4), Computed('(!(`qty` + 1))', persisted=False))


t_post_flags = Table(
    'post_flags', Base.metadata,
    Column('id', INTEGER(11)),
    Column('untagged', INTEGER(1), server_default=text("'0'")),
    Column('unlisted', INTEGER(1)),
    Column('unflagged', INTEGER(1)),
    Column('small', INTEGER(1))
)


class Tag(Base):
    __tablename__ = 'tag'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    post_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
