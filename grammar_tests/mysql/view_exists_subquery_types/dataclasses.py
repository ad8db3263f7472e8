from typing import Optional

from sqlalchemy import Column, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Post(Base):
    __tablename__ = 'post'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    title: Mapped[Optional[str]] = mapped_column(String(50))


t_post_flags = Table(
    'post_flags', Base.metadata,
    Column('id', INTEGER(11)),
    Column('tagged', INTEGER(1), server_default=text("'0'")),
    Column('untagged_anywhere', INTEGER(1), server_default=text("'0'")),
    Column('listed', INTEGER(1)),
    Column('unlisted', INTEGER(1))
)


class Tag(Base):
    __tablename__ = 'tag'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    post_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
