from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Text
from sqlmodel import Field, Relationship, SQLModel

class Widget(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='widget_pkey'),
        {'schema': 'core'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))

    part: list['Part'] = Relationship(back_populates='widget')


class Part(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['widget_id'], ['core.widget.id'], name='part_widget_id_fkey'),
        PrimaryKeyConstraint('id', name='part_pkey'),
        Index('part_widget_idx', 'widget_id'),
        {'schema': 'core'}
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    widget_id: Optional[int] = Field(default=None, sa_column=Column('widget_id', Integer))

    widget: Optional['Widget'] = Relationship(back_populates='part')
