from typing import Optional

from sqlalchemy import CHAR, Column, ForeignKeyConstraint, Index, String, Text, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlmodel import Field, Relationship, SQLModel

class Café(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    naïve_name: str = Field(sa_column=Column('naïve name', String(50), nullable=False))
    größe: Optional[int] = Field(default=None, sa_column=Column('größe', INTEGER(11)))

    order_items_2nd_choice: list['OrderItems'] = Relationship(back_populates='café', sa_relationship_kwargs={'foreign_keys': '[OrderItems._2nd_choice]'})
    order_items_café: list['OrderItems'] = Relationship(back_populates='café_', sa_relationship_kwargs={'foreign_keys': '[OrderItems.café_id]'})


class Import(SQLModel, table=True):
    class_: int = Field(sa_column=Column('class', INTEGER(11), primary_key=True))
    lambda_: Optional[str] = Field(default=None, sa_column=Column('lambda', Text))
    self: Optional[str] = Field(default=None, sa_column=Column('self', Text))


class OrderItems(SQLModel, table=True):
    __tablename__ = 'order items'
    __table_args__ = (
        ForeignKeyConstraint(['2nd-choice'], ['café.id'], name='order items_ibfk_2'),
        ForeignKeyConstraint(['café_id'], ['café.id'], name='order items_ibfk_1'),
        Index('2nd-choice', '2nd-choice'),
        Index('café_id', 'café_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    café_id: Optional[int] = Field(default=None, sa_column=Column('café_id', INTEGER(11)))
    _2nd_choice: Optional[int] = Field(default=None, sa_column=Column('2nd-choice', INTEGER(11)))
    import_: Optional[int] = Field(default=None, sa_column=Column('import', TINYINT(1), server_default=text('0')))
    def_: Optional[str] = Field(default=None, sa_column=Column('def', Text))

    café: Optional['Café'] = Relationship(back_populates='order_items_2nd_choice', sa_relationship_kwargs={'foreign_keys': '[OrderItems._2nd_choice]'})
    café_: Optional['Café'] = Relationship(back_populates='order_items_café', sa_relationship_kwargs={'foreign_keys': '[OrderItems.café_id]'})
    _2fa_codes: list['_2faCodes'] = Relationship(back_populates='order_items')


class _2faCodes(SQLModel, table=True):
    __tablename__ = '2fa-codes'
    __table_args__ = (
        ForeignKeyConstraint(['for'], ['order items.id'], name='2fa-codes_ibfk_1'),
        Index('for', 'for')
    )

    code: str = Field(sa_column=Column('code', CHAR(6), primary_key=True))
    for_: int = Field(sa_column=Column('for', INTEGER(11), nullable=False))
    None_: Optional[str] = Field(default=None, sa_column=Column('None', Text))

    order_items: 'OrderItems' = Relationship(back_populates='_2fa_codes')
