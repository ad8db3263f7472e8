from typing import Optional

from sqlalchemy import Boolean, CHAR, Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Café(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='café_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    naïve_name: str = Field(sa_column=Column('naïve name', Text, nullable=False))
    größe: Optional[int] = Field(default=None, sa_column=Column('größe', Integer))

    order_items_2nd_choice: list['OrderItems'] = Relationship(back_populates='café', sa_relationship_kwargs={'foreign_keys': '[OrderItems._2nd_choice]'})
    order_items_café: list['OrderItems'] = Relationship(back_populates='café_', sa_relationship_kwargs={'foreign_keys': '[OrderItems.café_id]'})


class Import(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('class', name='import_pkey'),
    )

    class_: int = Field(sa_column=Column('class', Integer, primary_key=True))
    lambda_: Optional[str] = Field(default=None, sa_column=Column('lambda', Text))
    self: Optional[str] = Field(default=None, sa_column=Column('self', Text))


class OrderItems(SQLModel, table=True):
    __tablename__ = 'order items'
    __table_args__ = (
        ForeignKeyConstraint(['2nd-choice'], ['café.id'], name='order items_2nd-choice_fkey'),
        ForeignKeyConstraint(['café_id'], ['café.id'], name='order items_café_id_fkey'),
        PrimaryKeyConstraint('id', name='order items_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True, autoincrement=True))
    café_id: Optional[int] = Field(default=None, sa_column=Column('café_id', Integer))
    _2nd_choice: Optional[int] = Field(default=None, sa_column=Column('2nd-choice', Integer))
    import_: Optional[bool] = Field(default=None, sa_column=Column('import', Boolean, server_default=text('false')))
    def_: Optional[str] = Field(default=None, sa_column=Column('def', Text))

    café: Optional['Café'] = Relationship(back_populates='order_items_2nd_choice', sa_relationship_kwargs={'foreign_keys': '[OrderItems._2nd_choice]'})
    café_: Optional['Café'] = Relationship(back_populates='order_items_café', sa_relationship_kwargs={'foreign_keys': '[OrderItems.café_id]'})
    _2fa_codes: list['_2faCodes'] = Relationship(back_populates='order_items')


class _2faCodes(SQLModel, table=True):
    __tablename__ = '2fa-codes'
    __table_args__ = (
        ForeignKeyConstraint(['for'], ['order items.id'], name='2fa-codes_for_fkey'),
        PrimaryKeyConstraint('code', name='2fa-codes_pkey')
    )

    code: str = Field(sa_column=Column('code', CHAR(6), primary_key=True))
    for_: int = Field(sa_column=Column('for', Integer, nullable=False))
    None_: Optional[str] = Field(default=None, sa_column=Column('None', Text))

    order_items: 'OrderItems' = Relationship(back_populates='_2fa_codes')
