import enum

from sqlalchemy import CheckConstraint, Column, Enum, Integer, MetaData, Table

metadata = MetaData()


class TStatus(str, enum.Enum):
    OPEN = 'open'
    CLOSED = 'closed'


t_t = Table(
    't', metadata,
    Column('id', Integer, primary_key=True),
    Column('qty', Integer, nullable=False),
    Column('status', Enum(TStatus, values_callable=lambda cls: [member.value for member in cls])),
    CheckConstraint('id > 0', name='positive_id'),
    CheckConstraint('qty >= 0'),
    CheckConstraint("status IN ('open', 'closed')")
)
