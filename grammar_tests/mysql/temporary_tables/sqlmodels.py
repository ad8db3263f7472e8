from sqlalchemy import Column, String, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Item(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    label: str = Field(sa_column=Column('label', String(20), nullable=False, index=True))
    price: int = Field(sa_column=Column('price', INTEGER(11), nullable=False, server_default=text('0')))


class ItemCopy(SQLModel, table=True):
    __tablename__ = 'item_copy'

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
