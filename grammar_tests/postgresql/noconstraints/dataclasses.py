from typing import Optional

from sqlalchemy import Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Parents(Base):
    __tablename__ = 'parents'

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[Optional[str]] = mapped_column(Text)
    n: Mapped[Optional[int]] = mapped_column(Integer)

    children: Mapped[list['Children']] = relationship('Children', back_populates='parent')


class Children(Base):
    __tablename__ = 'children'

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[Optional[int]] = mapped_column(Integer)

    parent: Mapped[Optional['Parents']] = relationship('Parents', back_populates='children')
