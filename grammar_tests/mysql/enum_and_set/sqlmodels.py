from typing import Optional
import enum

from sqlalchemy import Column, Enum, text
from sqlalchemy.dialects.mysql import INTEGER, SET
from sqlmodel import Field, SQLModel

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


class Pants(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    size: Optional[PantsSize] = Field(default=None, sa_column=Column('size', Enum(PantsSize, values_callable=lambda cls: [member.value for member in cls])))


class Shirts(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    size: ShirtsSize = Field(sa_column=Column('size', Enum(ShirtsSize, values_callable=lambda cls: [member.value for member in cls]), nullable=False))
    colour: Optional[ShirtsColour] = Field(default=None, sa_column=Column('colour', Enum(ShirtsColour, values_callable=lambda cls: [member.value for member in cls]), server_default=text("'red'")))
    features: Optional[str] = Field(default=None, sa_column=Column('features', SET('pocket', 'collar', 'zip')))
