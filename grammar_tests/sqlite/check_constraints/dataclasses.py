from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Enum, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class TStatus(str, enum.Enum):
    OPEN = 'open'
    CLOSED = 'closed'


class T(Base):
    __tablename__ = 't'
    __table_args__ = (
        CheckConstraint('id > 0', name='positive_id'),
        CheckConstraint('qty >= 0'),
        CheckConstraint("status IN ('open', 'closed')")
    )

    qty: Mapped[int] = mapped_column(Integer, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    status: Mapped[Optional[TStatus]] = mapped_column(Enum(TStatus, values_callable=lambda cls: [member.value for member in cls]))
