from typing import Optional
import enum

from sqlalchemy import CheckConstraint, Column, Enum, Integer
from sqlmodel import Field, SQLModel

class TStatus(str, enum.Enum):
    OPEN = 'open'
    CLOSED = 'closed'


class T(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('id > 0', name='positive_id'),
        CheckConstraint('qty >= 0'),
        CheckConstraint("status IN ('open', 'closed')")
    )

    qty: int = Field(sa_column=Column('qty', Integer, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    status: Optional[TStatus] = Field(default=None, sa_column=Column('status', Enum(TStatus, values_callable=lambda cls: [member.value for member in cls])))
