import enum

from sqlalchemy import Boolean, Column, Enum, INTEGER, Integer, MetaData, PrimaryKeyConstraint, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY, DOMAIN

metadata = MetaData()


class Shade(str, enum.Enum):
    LIGHT = 'light'
    DARK = 'dark'


t_panels = Table(
    'panels', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', Text),
    Column('tags', ARRAY(Text()), nullable=False),
    Column('tone', Enum(Shade, values_callable=lambda cls: [member.value for member in cls], name='shade')),
    Column('width', DOMAIN('positive', INTEGER(), constraint_name='positive_check', not_null=False, check=text('VALUE > 0'), create_type=False, schema=None, metadata=MetaData())),
    Column('note', Text, nullable=False, server_default=text("'none'::text")),
    Column('visible', Boolean, nullable=False),
    Column('tag_count', Integer),
    Column('tone_set', Boolean),
    Column('height', Integer),
    Column('tags_checked', Boolean),
    PrimaryKeyConstraint('id', name='panels_pkey')
)
