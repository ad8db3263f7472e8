from typing import Optional

from sqlalchemy import CheckConstraint, Integer, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class AfterIt(Base):
    __tablename__ = 'after_it'

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)


class DeepCheck(Base):
    __tablename__ = 'deep_check'
    __table_args__ = (
        CheckConstraint('((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a > 0))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))'),
    )

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[int]] = mapped_column(Integer)
    b: Mapped[Optional[int]] = mapped_column(Integer, server_default=text('((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1 + 2))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))'))
