from typing import Optional

from sqlalchemy import Integer, PrimaryKeyConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class AfterIt(Base):
    __tablename__ = 'after_it'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='after_it_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    s: Mapped[Optional[int]] = mapped_column(Integer, server_default=text('0'))


class BeforeIt(Base):
    __tablename__ = 'before_it'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='before_it_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
