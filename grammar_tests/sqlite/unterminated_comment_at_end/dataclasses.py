from typing import Optional

from sqlalchemy import Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class A(Base):
    __tablename__ = 'a'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)


class B(Base):
    __tablename__ = 'b'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
