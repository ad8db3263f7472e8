from typing import Optional

from sqlalchemy import Column, ForeignKeyConstraint, Index, String
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlmodel import Field, Relationship, SQLModel

class WidgetKind(SQLModel, table=True):
    __tablename__ = 'widget_kind'

    id: int = Field(sa_column=Column('id', TINYINT(3, unsigned=True), primary_key=True))
    label: str = Field(sa_column=Column('label', String(20), nullable=False))

    widget: list['Widget'] = Relationship(back_populates='kind')


class Widget(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['kind_id'], ['widget_kind.id'], name='fk_widget_kind'),
        Index('fk_widget_kind', 'kind_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    kind_id: int = Field(sa_column=Column('kind_id', TINYINT(3, unsigned=True), nullable=False))
    one_label_column: Optional[int] = Field(default=None, sa_column=Column('one_label_column', INTEGER(11)))
    no_such_table_absent: Optional[int] = Field(default=None, sa_column=Column('no_such_table_absent', INTEGER(11)))
    id_found: Optional[int] = Field(default=None, sa_column=Column('id_found', INTEGER(11)))

    kind: 'WidgetKind' = Relationship(back_populates='widget')
