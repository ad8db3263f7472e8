from typing import Optional

from sqlalchemy import Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class FirstTable(Base):
    __tablename__ = 'first_table'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)


class SecondTable(Base):
    __tablename__ = 'second_table'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    label: Mapped[Optional[str]] = mapped_column(Text)
