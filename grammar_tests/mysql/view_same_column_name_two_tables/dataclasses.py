from typing import Optional

from sqlalchemy import Column, DECIMAL, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Link(Base):
    __tablename__ = 'link'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    tag_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))
    person_id: Mapped[Optional[int]] = mapped_column(INTEGER(11))


t_link_view = Table(
    'link_view', Base.metadata,
    Column('id', INTEGER(11)),
    Column('name', String(255)),
    Column('name2', String(255)),
    Column('kind', DECIMAL(3, 0)),
    Column('both_names', String(351))
)


class Person(Base):
    __tablename__ = 'person'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False, server_default=text("''"))


class Tag(Base):
    __tablename__ = 'tag'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    name: Mapped[str] = mapped_column(String(96), nullable=False, server_default=text("''"))
    kind: Mapped[Optional[int]] = mapped_column(TINYINT(3, unsigned=True))
