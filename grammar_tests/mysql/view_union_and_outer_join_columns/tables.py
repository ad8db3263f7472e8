import enum

from sqlalchemy import Column, Enum, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, SET, SMALLINT, TINYINT

metadata = MetaData()


class TaskState(str, enum.Enum):
    OPEN = 'open'
    CLOSED = 'closed'


t_owner_task = Table(
    'owner_task', metadata,
    Column('id', INTEGER(11)),
    Column('double_priority', BIGINT(12)),
    Column('double_score', INTEGER(7), server_default=text("'0'"))
)

t_person = Table(
    'person', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('score', SMALLINT(6), nullable=False)
)

t_task = Table(
    'task', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('done', TINYINT(1), nullable=False, server_default=text('0')),
    Column('priority', INTEGER(5), nullable=False),
    Column('code', INTEGER(4, unsigned=True, zerofill=True)),
    Column('state', Enum(TaskState, values_callable=lambda cls: [member.value for member in cls]), nullable=False),
    Column('tags', SET('red', 'green', 'blue')),
    Column('owner_id', INTEGER(11))
)

t_task_owner = Table(
    'task_owner', metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('next_priority', BIGINT(12), server_default=text("'0'")),
    Column('next_score', INTEGER(7)),
    Column('person_id', INTEGER(11))
)

t_task_union = Table(
    'task_union', metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('done', TINYINT(4), server_default=text("'0'")),
    Column('priority', INTEGER(11), server_default=text("'0'")),
    Column('code', INTEGER(10, unsigned=True)),
    Column('state', String(6)),
    Column('tags', String(14)),
    Column('source', INTEGER(1), server_default=text("'0'"))
)
