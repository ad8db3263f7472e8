from typing import Optional

from sqlalchemy import String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class FirstTable(Base):
    __tablename__ = 'first_table'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)


class SecondTable(Base):
    __tablename__ = 'second_table'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    label: Mapped[Optional[str]] = mapped_column(String(20))
