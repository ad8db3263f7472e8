import enum

from sqlalchemy import Column, Enum, MetaData, Table
from sqlalchemy.dialects.mysql import INTEGER, SET

metadata = MetaData()


class T2A(str, enum.Enum):
    BACK_SLASH = 'back\\slash'
    C = 'c'


class T3A(str, enum.Enum):
    Y_N = "y'n"
    X__K = 'x\\\\k'
    Z = 'z'


class TA(str, enum.Enum):
    X_Y = 'x,y'
    P_Q = 'p)q'
    IT_S = "it's"
    BACK_SLASH = 'back\\slash'
    _ = '('
    EMPTY = ''


t_t = Table(
    't', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', Enum(TA, values_callable=lambda cls: [member.value for member in cls])),
    Column('s', SET('a b', 'c)'))
)

t_t2 = Table(
    't2', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', Enum(T2A, values_callable=lambda cls: [member.value for member in cls])),
    Column('s', SET('x\\\\y', 'z'))
)

t_t3 = Table(
    't3', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', Enum(T3A, values_callable=lambda cls: [member.value for member in cls]))
)
