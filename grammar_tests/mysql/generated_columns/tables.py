from sqlalchemy import Column, Computed, DECIMAL, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_people = Table(
    'people', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('first_name', String(50), nullable=False),
    Column('last_name', String(50), nullable=False),
    Column('full_name', String(101), Computed("(concat(`first_name`,' ',`last_name`))", persisted=False)),
    Column('height_cm', DECIMAL(5, 1)),
    Column('height_in', DECIMAL(6, 2), Computed('(`height_cm` / 2.54)', persisted=True)),
    Column('name_length', INTEGER(11), Computed('(char_length(`first_name`))', persisted=True))
)
