import enum

from sqlalchemy import Column, Enum, MetaData, Table, text
from sqlalchemy.dialects.mysql import INTEGER, SET

metadata = MetaData()


class PantsSize(str, enum.Enum):
    SMALL = 'small'
    LARGE = 'large'


class ShirtsColour(str, enum.Enum):
    RED = 'red'
    GREEN = 'green'


class ShirtsSize(str, enum.Enum):
    SMALL = 'small'
    MEDIUM = 'medium'
    LARGE = 'large'
    X_LARGE = 'x-large'


t_pants = Table(
    'pants', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('size', Enum(PantsSize, values_callable=lambda cls: [member.value for member in cls]))
)

t_shirts = Table(
    'shirts', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('size', Enum(ShirtsSize, values_callable=lambda cls: [member.value for member in cls]), nullable=False),
    Column('colour', Enum(ShirtsColour, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'red'")),
    Column('features', SET('pocket', 'collar', 'zip'))
)
