from typing import Optional
import enum

from sqlalchemy import Boolean, Column, Enum, INTEGER, Integer, PrimaryKeyConstraint, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, DOMAIN
from sqlmodel import Field, SQLModel

class Shade(str, enum.Enum):
    LIGHT = 'light'
    DARK = 'dark'


class Panels(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='panels_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    tags: list[str] = Field(sa_column=Column('tags', ARRAY(Text()), nullable=False))
    note: str = Field(sa_column=Column('note', Text, nullable=False, server_default=text("'none'::text")))
    visible: bool = Field(sa_column=Column('visible', Boolean, nullable=False))
    title: Optional[str] = Field(default=None, sa_column=Column('title', Text))
    tone: Optional[Shade] = Field(default=None, sa_column=Column('tone', Enum(Shade, values_callable=lambda cls: [member.value for member in cls], name='shade')))
    width: Optional[int] = Field(default=None, sa_column=Column('width', DOMAIN('positive', INTEGER(), constraint_name='positive_check', not_null=False, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData())))
    tag_count: Optional[int] = Field(default=None, sa_column=Column('tag_count', Integer))
    tone_set: Optional[bool] = Field(default=None, sa_column=Column('tone_set', Boolean))
    height: Optional[int] = Field(default=None, sa_column=Column('height', Integer))
    tags_checked: Optional[bool] = Field(default=None, sa_column=Column('tags_checked', Boolean))
