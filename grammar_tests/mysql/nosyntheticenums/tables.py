import enum

from sqlalchemy import Column, Enum, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


class TicketPaint(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'


t_ticket = Table(
    'ticket', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('state', String(10), nullable=False),
    Column('paint', Enum(TicketPaint, values_callable=lambda cls: [member.value for member in cls]))
)
